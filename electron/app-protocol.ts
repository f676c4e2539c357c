// Why: the renderer is served from app://rekod/ (not file://); this pure module maps a request URL to a file strictly inside the renderer folder.
import path from "node:path";
import { joinInside } from "./safe-path";

export const APP_SCHEME = "app";
export const APP_HOST = "rekod";
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Content-Security-Policy sent with every app:// response. */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".wasm": "application/wasm",
};

/** MIME type for a served file, by extension; unknown extensions are opaque bytes. */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? "application/octet-stream";
}

/** Headers sent with every app:// response, success or error. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    "Content-Type": contentType,
    "Content-Security-Policy": APP_CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
  };
}

/** True when `url` belongs to the app's own origin (app://rekod/...). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === "" &&
    parsed.password === "" &&
    url.startsWith(`${APP_ORIGIN}/`)
  );
}

/**
 * Resolves an app:// request URL to an absolute file path inside `root`, or null when the URL is not
 * for this app, is malformed, or would leave `root`. "/" maps to index.html. The caller still checks
 * that the path is a regular file (a directory or missing file is a 404).
 */
export function resolveAppRequest(requestUrl: string, root: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return null;

  const rawPath = url.pathname === "" || url.pathname === "/" ? "/index.html" : url.pathname;
  if (!rawPath.startsWith("/")) return null;

  const segments: string[] = [];
  for (const raw of rawPath.slice(1).split("/")) {
    try {
      segments.push(decodeURIComponent(raw));
    } catch {
      return null;
    }
  }
  // joinInside rejects empty, dot and separator-bearing segments (including decoded %2e%2e, %2f, %5c).
  return joinInside(root, ...segments);
}

/** Schemes the renderer may load at all; everything else (http, https, file, ftp, ws...) is cancelled. */
const LOCAL_SCHEMES = new Set(["devtools:", "data:", "blob:"]);

/** True for requests that stay on this machine: the app's own origin, DevTools, data: and blob: URLs. */
export function isAllowedRequestUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:`) return isAppUrl(url);
  return LOCAL_SCHEMES.has(parsed.protocol);
}
