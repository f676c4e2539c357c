// Why: the PC's side of a call to the office hub, in the main process: TLS to the hub whose certificate fingerprint is
// checked against the pinned one before any byte of the request (its session token above all) leaves the PC.
import { request } from "node:https";
import { connect, type TLSSocket } from "node:tls";
import type { HubReply, HubRequestArgs } from "../shared/host-api";

const DEFAULT_TIMEOUT_MS = 60_000;

/** A TLS connection to the hub, handed over only once the certificate is the pinned one. */
function connectPinned(url: URL, fingerprint: string, timeoutMs: number): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    const host = url.hostname.replace(/^\[|\]$/g, "");
    const socket = connect({
      host,
      port: Number(url.port || 443),
      // The office's certificate is self-signed: trust comes from the pinned fingerprint alone, checked below.
      rejectUnauthorized: false,
      ...(/^[\d.]+$|:/.test(host) ? {} : { servername: host }),
    });
    const timer = setTimeout(() => socket.destroy(new Error("host.hubTimeout")), timeoutMs);
    socket.once("secureConnect", () => {
      clearTimeout(timer);
      if (socket.getPeerCertificate().fingerprint256 !== fingerprint) {
        socket.destroy();
        reject(new Error("host.hubFingerprint"));
      } else resolve(socket);
    });
    socket.once("error", (e) => {
      clearTimeout(timer);
      reject(e.message === "host.hubTimeout" ? e : new Error("host.hubUnreachable", { cause: e }));
    });
  });
}

/** One request to the hub over a pinned connection; the answer's JSON (or bytes) with its status. */
export async function hubRequest(args: HubRequestArgs): Promise<HubReply> {
  const url = new URL(args.path, args.address);
  const timeoutMs = args.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const socket = await connectPinned(url, args.fingerprint, timeoutMs);
  const body =
    args.bytes ?? (args.json === undefined ? undefined : new TextEncoder().encode(JSON.stringify(args.json)));
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: args.method,
      createConnection: () => socket,
      headers: {
        ...(args.token ? { authorization: `Bearer ${args.token}` } : {}),
        ...(body
          ? {
              "content-type": args.bytes ? "application/octet-stream" : "application/json",
              "content-length": String(body.byteLength),
            }
          : {}),
      },
    });
    const timer = setTimeout(() => req.destroy(new Error("host.hubTimeout")), timeoutMs);
    req.on("response", (res) => {
      const parts: Buffer[] = [];
      res.on("data", (d: Buffer) => parts.push(d));
      res.on("error", (e) => {
        clearTimeout(timer);
        reject(new Error("host.hubUnreachable", { cause: e }));
      });
      res.on("end", () => {
        clearTimeout(timer);
        if (!res.complete) return reject(new Error("host.hubUnreachable"));
        const all = Buffer.concat(parts);
        const status = res.statusCode ?? 0;
        if ((res.headers["content-type"] ?? "").startsWith("application/json")) {
          try {
            resolve({ status, json: JSON.parse(all.toString("utf8")) });
          } catch {
            reject(new Error("host.hubUnreachable"));
          }
        } else resolve({ status, bytes: new Uint8Array(all.buffer, all.byteOffset, all.byteLength) });
      });
    });
    req.on("error", (e) => {
      clearTimeout(timer);
      reject(e.message.startsWith("host.") ? e : new Error("host.hubUnreachable", { cause: e }));
    });
    req.end(body);
  });
}
