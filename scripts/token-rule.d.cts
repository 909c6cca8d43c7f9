export declare const MIN_TOKEN_LENGTH: number;
export declare function tokenProblem(token: string | undefined): string | null;
