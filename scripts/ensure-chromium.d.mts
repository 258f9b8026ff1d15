export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_FLAGS: readonly string[];
export declare class ChromiumMissingError extends Error {}
export declare function ensureChromium(options?: {
  path?: string;
  log?: (line: string) => void;
}): string;
