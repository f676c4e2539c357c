// Why: every stored record carries the same metadata so audit, soft delete, conflict checks and merging work alike.
import { z } from "zod";

export const recordMetaSchema = z.object({
  id: z.string().min(10),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  rev: z.number().int().min(1),
  deletedAt: z.string().nullable(),
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;

/** Metadata keys stamped by repositories, never by forms. */
export const metaKeys = [
  "id",
  "createdAt",
  "createdBy",
  "updatedAt",
  "updatedBy",
  "rev",
  "deletedAt",
] as const;
export type MetaKey = (typeof metaKeys)[number];

export type Stored<T> = T & RecordMeta;

/** The editable fields of a stored record: everything but the metadata repositories stamp. */
export function withoutMeta<T extends object>(record: Stored<T>): T {
  const copy: Record<string, unknown> = { ...record };
  for (const key of metaKeys) delete copy[key];
  return copy as T;
}
