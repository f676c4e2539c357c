// Why: live queries that re-render on any change, with refusals (not allowed, not found) returned rather than thrown.
import { useRef } from "react";
import { useLiveQuery } from "dexie-react-hooks";

export type Live<T> =
  | { loading: true; error?: undefined }
  | { loading: false; data: T; error: null; stale?: boolean }
  | { loading: false; error: Error };

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

/**
 * Runs `query` live. While a new `deps` is being read, Dexie keeps giving the result of the old one: that result comes
 * back marked `stale`, so a screen that must never show one choice's figures under another (an official document's
 * preview beside its Save buttons) can wait, and a list may keep showing the old rows while the new ones load.
 */
export function useLive<T>(query: () => Promise<T>, deps: unknown[]): Live<T> {
  const generation = useRef({ deps, n: 0 });
  if (!sameDeps(generation.current.deps, deps)) generation.current = { deps, n: generation.current.n + 1 };
  const n = generation.current.n;
  const result = useLiveQuery(
    async () => {
      try {
        return { loading: false as const, data: await query(), error: null, n };
      } catch (error) {
        return {
          loading: false as const,
          error: error instanceof Error ? error : new Error(String(error)),
          n,
        };
      }
    },
    deps,
    { loading: true as const, n },
  );
  if (result.loading) return { loading: true };
  if (result.error) return { loading: false, error: result.error };
  return { loading: false, data: result.data as T, error: null, stale: result.n !== n };
}
