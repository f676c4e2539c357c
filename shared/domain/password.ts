// Why: passwords are stored only as PBKDF2-SHA256 hashes (WebCrypto, per-user salt), never in plain text.
import { z } from "zod";

export const PBKDF2_ITERATIONS = 600_000;

export const passwordHashSchema = z.object({
  algo: z.literal("PBKDF2-SHA256"),
  iterations: z.number().int().min(1),
  salt: z.string().min(16),
  hash: z.string().min(16),
});
export type PasswordHash = z.infer<typeof passwordHashSchema>;

function toB64(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}
function fromB64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(password.normalize("NFC")),
    "PBKDF2",
    false,
    ["deriveBits"],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

export async function hashPassword(password: string, iterations = PBKDF2_ITERATIONS): Promise<PasswordHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(password, salt, iterations);
  return { algo: "PBKDF2-SHA256", iterations, salt: toB64(salt), hash: toB64(hash) };
}

/** Constant-time comparison of the derived key with the stored one. */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const hash = await derive(password, fromB64(stored.salt), stored.iterations);
  const expected = fromB64(stored.hash);
  if (hash.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < hash.length; i++) diff |= hash[i]! ^ expected[i]!;
  return diff === 0;
}

const common = new Set([
  "password",
  "kata laluan",
  "katalaluan",
  "12345678",
  "qwerty",
  "abc12345",
  "password123",
]);

/**
 * The strength rule: at least 10 characters, letters and digits, not the username, not a common password.
 * Returns an i18n key for the first rule broken, or null.
 */
export function passwordProblem(password: string, username = ""): string | null {
  if (password.length < 10) return "v.passwordLength";
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return "v.passwordMix";
  const lower = password.toLowerCase();
  if (username && lower.includes(username.toLowerCase())) return "v.passwordUsername";
  if (common.has(lower)) return "v.passwordCommon";
  return null;
}
