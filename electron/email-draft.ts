// Why: an email "draft" is an .eml file in the drafts folder that the default mail program opens as a new message.
import * as fsp from "node:fs/promises";
import type { EmailDraftArgs } from "../shared/host-api";
import { buildEml } from "../shared/email/eml";
import { atomicWriteFile } from "./atomic-write";
import { joinInside } from "./safe-path";

/** The draft's file name, with an .eml extension so the operating system knows which program opens it. */
export function draftFileName(draftName: string): string {
  return /\.eml$/i.test(draftName) ? draftName : `${draftName}.eml`;
}

/** Builds the .eml and writes it atomically into `dir` (created if needed); returns its absolute path. */
export async function writeEmailDraft(dir: string, args: EmailDraftArgs): Promise<string> {
  const { draftName, ...message } = args;
  const full = joinInside(dir, draftFileName(draftName));
  if (full === null) throw new Error("host.badArguments");
  const bytes = buildEml(message);
  try {
    await fsp.mkdir(dir, { recursive: true });
  } catch (cause) {
    throw new Error("host.writeFailed", { cause });
  }
  await atomicWriteFile(full, bytes);
  return full;
}
