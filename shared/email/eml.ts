// Why: an RFC 5322 MIME draft (.eml, X-Unsent: 1) is the one email format Outlook and Thunderbird open as a new message.
import type { EmailDraftArgs } from "../host-api";

const CRLF = "\r\n";

/** Base64 of bytes, wrapped at 76 characters as MIME requires. */
export function base64Lines(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  const b64 = btoa(binary);
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 76) lines.push(b64.slice(i, i + 76));
  return lines.join(CRLF);
}

function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

/** RFC 2047 encoded-word for non-ASCII header text. */
export function encodeHeader(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  return `=?UTF-8?B?${base64Lines(utf8(value)).replace(/\r\n/g, "")}?=`;
}

/** Header lines end by 78 characters (RFC 5322 2.1.1); an encoded-word is at most 75 (RFC 2047 2). */
const LINE = 78;
const WORD = 75;
const B64_OVERHEAD = "=?UTF-8?B??=".length;

/**
 * `Name: value` folded as RFC 5322 asks: lines of at most 78 characters, each continuation starting with a space.
 * Plain ASCII is folded at its spaces. Other text becomes a run of UTF-8 encoded-words, each holding whole characters
 * (a character's bytes are never split between two words) and short enough for its line; a mail program joins them
 * back without spaces.
 */
export function foldedHeader(name: string, value: string): string {
  const head = `${name}: `;
  if (/^[\x20-\x7e]*$/.test(value)) {
    const lines: string[] = [];
    let line = head.trimEnd();
    for (const word of value.split(" ")) {
      if (line.length + 1 + word.length > LINE && line.trim() !== `${name}:`) {
        lines.push(line);
        line = "";
      }
      line += ` ${word}`;
    }
    return [...lines, line].join(CRLF);
  }
  const words: string[] = [];
  let room = Math.min(WORD, LINE - head.length);
  let chunk: number[] = [];
  const flush = () => {
    words.push(`=?UTF-8?B?${btoa(String.fromCharCode(...chunk))}?=`);
    chunk = [];
    room = WORD;
  };
  for (const ch of value) {
    const bytes = Array.from(utf8(ch));
    // Base64 of n bytes takes 4 * ceil(n / 3) characters.
    if (chunk.length && B64_OVERHEAD + 4 * Math.ceil((chunk.length + bytes.length) / 3) > room) flush();
    chunk.push(...bytes);
  }
  if (chunk.length || !words.length) flush();
  return head + words.join(`${CRLF} `);
}

/** RFC 2231 parameter for a non-ASCII file name, with a plain fallback. */
function fileNameParams(name: string): string {
  if (/^[\x20-\x7e]*$/.test(name) && !name.includes('"')) return `filename="${name}"`;
  const encoded = Array.from(utf8(name))
    .map((b) =>
      /[A-Za-z0-9._-]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, "0")}`,
    )
    .join("");
  return `filename*=UTF-8''${encoded}`;
}

/** RFC 5322 date, e.g. "Sun, 22 Nov 2026 19:06:02 +0800". */
export function rfc5322Date(d: Date): string {
  const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, "0");
  return (
    `${days[d.getDay()]}, ${pad(d.getDate())} ${months[d.getMonth()]} ${d.getFullYear()} ` +
    `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())} ${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`
  );
}

export type EmlOptions = Omit<EmailDraftArgs, "draftName"> & {
  from?: string;
  date?: Date;
  /** Boundary string; fixed in tests, random otherwise. */
  boundary?: string;
};

/** Total bytes of the attachments, shown to the user before the draft is made. */
export function attachmentBytes(args: Pick<EmailDraftArgs, "attachments">): number {
  return args.attachments.reduce((sum, a) => sum + a.data.byteLength, 0);
}

/** Builds the .eml bytes: multipart/mixed with a UTF-8 text body and base64 attachments. */
export function buildEml(opts: EmlOptions): Uint8Array {
  const boundary =
    opts.boundary ?? `=_rekod_${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  const headers = [
    "MIME-Version: 1.0",
    `Date: ${rfc5322Date(opts.date ?? new Date())}`,
    ...(opts.from ? [`From: ${opts.from}`] : []),
    `To: ${opts.to.join(", ")}`,
    ...(opts.cc && opts.cc.length ? [`Cc: ${opts.cc.join(", ")}`] : []),
    foldedHeader("Subject", opts.subject),
    "X-Unsent: 1",
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ];
  const parts: string[] = [];
  parts.push(
    [
      `--${boundary}`,
      "Content-Type: text/plain; charset=UTF-8",
      "Content-Transfer-Encoding: base64",
      "",
      base64Lines(utf8(opts.body.replace(/\r?\n/g, CRLF))),
    ].join(CRLF),
  );
  for (const a of opts.attachments) {
    parts.push(
      [
        `--${boundary}`,
        `Content-Type: ${a.contentType}; name="${encodeHeader(a.fileName)}"`,
        "Content-Transfer-Encoding: base64",
        `Content-Disposition: attachment; ${fileNameParams(a.fileName)}`,
        "",
        base64Lines(a.data),
      ].join(CRLF),
    );
  }
  const text = headers.join(CRLF) + CRLF + CRLF + parts.join(CRLF) + CRLF + `--${boundary}--` + CRLF;
  return utf8(text);
}
