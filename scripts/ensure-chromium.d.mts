// Types for ensure-chromium.mjs, which playwright.config.ts imports.
export declare const CHROMIUM: { executablePath: string; args: string[] };
export declare function ensureChromium(): void;
