// Types for the plain-JS options that vite.config.ts and the precache test share.
export declare const PRECACHE_WORKBOX: {
  readonly globPatterns: string[];
  readonly globIgnores: string[];
  readonly maximumFileSizeToCacheInBytes: number;
  readonly dontCacheBustURLsMatching: RegExp;
};
