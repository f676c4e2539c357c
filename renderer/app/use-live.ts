// Why: live queries that re-render on any change, with refusals (not allowed, not found) returned rather than thrown.
import { useLiveQuery } from "dexie-react-hooks";

export type Live<T> =
  | { loading: true; error?: undefined }
  | { loading: false; data: T; error: null }
  | { loading: false; error: Error };

export function useLive<T>(query: () => Promise<T>, deps: unknown[]): Live<T> {
  const result = useLiveQuery(
    async () => {
      try {
        return { loading: false as const, data: await query(), error: null };
      } catch (error) {
        return { loading: false as const, error: error instanceof Error ? error : new Error(String(error)) };
      }
    },
    deps,
    { loading: true as const },
  );
  return result as Live<T>;
}
