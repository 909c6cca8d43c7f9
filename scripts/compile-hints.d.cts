export declare const HINT: string;
/** Marks every .js file under `dir` (default: the build's .next/static/chunks). */
export declare function markChunks(dir?: string): number;
