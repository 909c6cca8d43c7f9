/**
 * Stands in for the `server-only` package under vitest: the real one throws unless the bundler resolves
 * it for the server (Next.js does, for route handlers and server code), and the tests run server code in
 * plain Node.
 */
export {};
