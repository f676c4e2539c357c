// Why: the app:// handler is the renderer's only file server; these cases prove it never serves anything outside dist/renderer.
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  APP_CSP,
  appResponseHeaders,
  contentTypeFor,
  isAllowedRequestUrl,
  isAppUrl,
  resolveAppRequest,
} from "../../../electron/app-protocol";

const root = path.resolve("/srv/app/dist/renderer");
const inside = (p: string | null) =>
  p !== null && p.startsWith(root + path.sep) && !path.relative(root, p).startsWith("..");

describe("resolveAppRequest", () => {
  it("maps normal files inside the root", () => {
    expect(resolveAppRequest("app://rekod/index.html", root)).toBe(path.join(root, "index.html"));
    expect(resolveAppRequest("app://rekod/assets/index-abc123.js", root)).toBe(
      path.join(root, "assets", "index-abc123.js"),
    );
  });

  it("maps the bare origin to index.html", () => {
    expect(resolveAppRequest("app://rekod/", root)).toBe(path.join(root, "index.html"));
    expect(resolveAppRequest("app://rekod", root)).toBe(path.join(root, "index.html"));
  });

  it("ignores query strings and fragments", () => {
    expect(resolveAppRequest("app://rekod/assets/a.js?v=3#top", root)).toBe(
      path.join(root, "assets", "a.js"),
    );
  });

  it("decodes percent-encoded names", () => {
    expect(resolveAppRequest("app://rekod/assets/font%20name.woff2", root)).toBe(
      path.join(root, "assets", "font name.woff2"),
    );
  });

  it("never leaves the root with dot-dot segments, plain or encoded", () => {
    const attempts = [
      "app://rekod/../../etc/passwd",
      "app://rekod/assets/../../../etc/passwd",
      "app://rekod/%2e%2e/%2e%2e/etc/passwd",
      "app://rekod/%2E%2E/secret.txt",
      "app://rekod/.%2e/secret.txt",
    ];
    for (const url of attempts) {
      const resolved = resolveAppRequest(url, root);
      // The URL parser may normalise the dots away (then the path stays inside) or we refuse it.
      expect(resolved === null || inside(resolved), url).toBe(true);
    }
  });

  it("refuses encoded separators and other unsafe segments", () => {
    const refused = [
      "app://rekod/..%2f..%2fetc%2fpasswd",
      "app://rekod/assets%2f..%2f..%2fsecret",
      "app://rekod/..%5c..%5cwindows%5cwin.ini",
      "app://rekod/assets/%2e%2e%5c%2e%2e%5csecret",
      "app://rekod/C:%5cWindows%5cwin.ini",
      "app://rekod/index.html%00.png",
      "app://rekod/index.html::$DATA",
      "app://rekod/assets/",
      "app://rekod//etc/passwd",
      "app://rekod/nul.txt",
      "app://rekod/index.html.",
      "app://rekod/%E0%A4%A",
    ];
    for (const url of refused) expect(resolveAppRequest(url, root), url).toBeNull();
  });

  it("refuses other hosts, schemes and credentials", () => {
    expect(resolveAppRequest("app://other/index.html", root)).toBeNull();
    expect(resolveAppRequest("app://rekod.evil/index.html", root)).toBeNull();
    expect(resolveAppRequest("app://user:pw@rekod/index.html", root)).toBeNull();
    expect(resolveAppRequest("file:///srv/app/dist/renderer/index.html", root)).toBeNull();
    expect(resolveAppRequest("https://rekod/index.html", root)).toBeNull();
    expect(resolveAppRequest("not a url", root)).toBeNull();
  });
});

describe("contentTypeFor", () => {
  it("knows the types Vite emits", () => {
    expect(contentTypeFor("/x/index.html")).toBe("text/html; charset=utf-8");
    expect(contentTypeFor("/x/a.JS")).toBe("text/javascript; charset=utf-8");
    expect(contentTypeFor("/x/a.css")).toBe("text/css; charset=utf-8");
    expect(contentTypeFor("/x/a.svg")).toBe("image/svg+xml");
    expect(contentTypeFor("/x/a.woff2")).toBe("font/woff2");
    expect(contentTypeFor("/x/a.wasm")).toBe("application/wasm");
  });

  it("falls back to opaque bytes", () => {
    expect(contentTypeFor("/x/a.unknown")).toBe("application/octet-stream");
    expect(contentTypeFor("/x/noext")).toBe("application/octet-stream");
  });
});

describe("response headers", () => {
  it("carry the strict CSP on every response", () => {
    expect(APP_CSP).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; " +
        "form-action 'none'; frame-ancestors 'none'",
    );
    const headers = appResponseHeaders("text/plain");
    expect(headers["Content-Security-Policy"]).toBe(APP_CSP);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Content-Type"]).toBe("text/plain");
  });
});

describe("isAppUrl", () => {
  it("accepts only the app origin", () => {
    expect(isAppUrl("app://rekod/index.html")).toBe(true);
    expect(isAppUrl("app://rekod/index.html#/kes/1")).toBe(true);
    expect(isAppUrl("app://rekod.evil/index.html")).toBe(false);
    expect(isAppUrl("app://rekod@evil/index.html")).toBe(false);
    expect(isAppUrl("https://rekod/index.html")).toBe(false);
    expect(isAppUrl("file:///index.html")).toBe(false);
    expect(isAppUrl("")).toBe(false);
  });
});

describe("isAllowedRequestUrl", () => {
  it("allows only local schemes", () => {
    expect(isAllowedRequestUrl("app://rekod/assets/a.js")).toBe(true);
    expect(isAllowedRequestUrl("data:image/png;base64,AAAA")).toBe(true);
    expect(isAllowedRequestUrl("blob:app://rekod/0b6c0c9e-1f4e-4c43-9d62-3f2b1c0d9a77")).toBe(true);
    expect(isAllowedRequestUrl("devtools://devtools/bundled/devtools_app.html")).toBe(true);
  });

  it("cancels remote and file requests", () => {
    expect(isAllowedRequestUrl("https://example.com/x.js")).toBe(false);
    expect(isAllowedRequestUrl("http://127.0.0.1:5173/")).toBe(false);
    expect(isAllowedRequestUrl("wss://example.com/socket")).toBe(false);
    expect(isAllowedRequestUrl("file:///etc/passwd")).toBe(false);
    expect(isAllowedRequestUrl("app://other/x")).toBe(false);
    expect(isAllowedRequestUrl("garbage")).toBe(false);
  });
});
