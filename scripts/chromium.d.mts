// Why: types for scripts/chromium.mjs, imported by playwright.config.ts.
export const chromiumArgs: string[];
export function chromiumPath(): string | undefined;
