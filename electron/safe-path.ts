// Why: one place decides which names may become a path segment, so no caller can be tricked into leaving its folder.
import path from "node:path";

// Separators, Windows-reserved characters (":" also blocks drive letters and NTFS streams) and control characters.
// eslint-disable-next-line no-control-regex
const BAD_CHARS = /[\\/:*?"<>|\u0000-\u001f]/;
// Windows device names are reserved with any extension ("nul.txt" is the null device too).
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** True when `name` is usable as exactly one file or folder name on Windows, Linux and macOS. */
export function isSafeSegment(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (name === "." || name === "..") return false;
  if (BAD_CHARS.test(name) || WINDOWS_DEVICE.test(name)) return false;
  // Windows silently strips trailing dots and spaces, which would alias another name.
  if (name.endsWith(".") || name.endsWith(" ")) return false;
  return true;
}

/**
 * Joins safe segments under `root` and returns the absolute path, or null when any segment is unsafe
 * or the result is not strictly inside `root`.
 */
export function joinInside(root: string, ...segments: string[]): string | null {
  if (segments.length === 0 || !segments.every(isSafeSegment)) return null;
  const base = path.resolve(root);
  const resolved = path.resolve(base, ...segments);
  const relative = path.relative(base, resolved);
  if (
    relative === "" ||
    relative === ".." ||
    relative.startsWith(`..${path.sep}`) ||
    path.isAbsolute(relative)
  ) {
    return null;
  }
  return resolved;
}
