// Why: the hub speaks TLS with the office's own self-signed certificate, made once in its data folder; PCs pin its
// SHA-256 fingerprint when the administrator connects them, so no outside authority is needed or trusted.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { X509Certificate } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { generate } from "selfsigned";

export type HubTls = { key: string; cert: string; fingerprint: string };

/** The hub's certificate in `dir` (made on first start: EC P-256, 20 years, the machine's names in it). */
export async function loadOrMakeTls(dir: string): Promise<HubTls> {
  mkdirSync(dir, { recursive: true });
  const keyFile = path.join(dir, "hub-key.pem");
  const certFile = path.join(dir, "hub-cert.pem");
  if (!existsSync(keyFile) || !existsSync(certFile)) {
    const now = new Date();
    const until = new Date(now);
    until.setFullYear(now.getFullYear() + 20);
    const host = os.hostname();
    const pems = await generate([{ name: "commonName", value: `Rekod Komuniti ${host}` }], {
      keyType: "ec",
      curve: "P-256",
      algorithm: "sha256",
      notBeforeDate: now,
      notAfterDate: until,
      extensions: [
        { name: "basicConstraints", cA: false },
        {
          name: "subjectAltName",
          altNames: [
            { type: 2, value: host },
            { type: 2, value: "localhost" },
            { type: 7, ip: "127.0.0.1" },
          ],
        },
      ],
    });
    writeFileSync(keyFile, pems.private, { mode: 0o600 });
    writeFileSync(certFile, pems.cert);
  }
  const key = readFileSync(keyFile, "utf8");
  const cert = readFileSync(certFile, "utf8");
  return { key, cert, fingerprint: new X509Certificate(cert).fingerprint256 };
}
