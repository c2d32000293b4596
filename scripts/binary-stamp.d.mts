// Types for binary-stamp.mjs, which the tests import.
export declare const BINARY_DIR: string;
export declare function binaryName(platform?: NodeJS.Platform): string;
export declare function binaryPath(root: string): string;
export declare function distHash(root: string): string;
export declare function stampPath(root: string): string;
export declare function binaryState(root: string): { state: 'missing' | 'stale' | 'current'; path: string; reason?: string };
