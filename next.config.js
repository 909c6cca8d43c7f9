/** @type {import('next').NextConfig} */
const nextConfig = {
  // dockerode pulls in ssh2, whose optional native addon breaks bundling: load them from node_modules.
  serverExternalPackages: ['dockerode', 'ssh2', 'docker-modem'],
  poweredByHeader: false,
  reactStrictMode: true,
  // No image optimizer: the app serves no images through it, and it would be one more endpoint that fetches
  // on a request's behalf. The proxy (proxy.ts) covers every path but the static bundle anyway.
  images: { unoptimized: true },
  // The framework buffers a request body for the proxy before any route sees it (10 MB by default): no more
  // than the routes' own cap (lib/api/read-json-body.ts, 16 KiB), so a huge body costs the server nothing.
  experimental: { proxyClientMaxBodySize: 16 * 1024 },
  // The build checks the app's own code; tests and scripts are checked by `npm run typecheck`.
  typescript: { tsconfigPath: 'tsconfig.app.json' },
  // The page writes snapshots of past maps itself (the timeline): they name the netatlas that wrote them.
  env: { NETATLAS_VERSION: require('./package.json').version },
};

module.exports = nextConfig;
