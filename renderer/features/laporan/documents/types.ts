// Why: what the Laporan screen needs to know of each official document, so one screen serves all of them.
import type { TFunction } from "i18next";
import type { ComponentType } from "react";
import type { Actor } from "../../../../shared/domain/access";
import type { Classification, Letterhead, SignatureBlock } from "../../../../shared/reports/frame/text";
import type { AppDB, OfficeRecord } from "../../../db/app-db";
import type { ReportContext } from "../context";
import type { Job } from "../generate/protocol";

/** A site the user may report on. */
export type ChoiceSite = { id: string; code: string; name: string };

/** What the user picked: sites (one, or all of theirs for the district), the month, and for some documents one item. */
export type Choice = {
  sites: ChoiceSite[];
  year: number;
  month: number;
  /** The investigation or profile version, for documents about one record. */
  itemId: string | null;
  /** A quarter instead of the month, for documents that may cover one. */
  quarter?: 1 | 2 | 3 | 4 | null;
  /** The screen address's parameters, where a document with its own choices (`Options`) keeps them. */
  options?: Readonly<Record<string, string>>;
};

/** The print view's frame: the same letterhead, title and signatures the files carry. */
export type PrintFrameData = {
  letterhead: Letterhead;
  title: string;
  subtitle: string[];
  /** Under the document's last lines; null when the document places its signatures itself (in its print preview). */
  signature: SignatureBlock | null;
  stamp: string;
  classification: Classification;
  /** A5 pages (the Direktori CBO booklet); A4 otherwise. */
  paper?: "a4" | "a5";
};

export type BuildArgs = {
  db: AppDB;
  actor: Actor;
  office: OfficeRecord;
  context: ReportContext;
  choice: Choice;
  /** The office's today (yyyy-mm-dd). */
  today: string;
  /** Translation fixed to the office's language: documents follow the office locale, not the user's. */
  t: TFunction;
};

export type DocDef<M> = {
  code: string;
  /** i18n key of the document's name. */
  labelKey: string;
  /** The district (all the user's sites together) may be chosen. */
  allSites: boolean;
  /** A district document that covers no site in particular (KPN tours): the site is not asked. */
  district?: boolean;
  /** A plan (the KPN roadmap): months up to the end of next year may be chosen, not only those already begun. */
  ahead?: boolean;
  /** Made as things stand today (the Direktori CBO): the year and month are not asked. */
  undated?: boolean;
  /** The document's own choices, shown beside the site and period; kept in the address (`Choice.options`). */
  Options?: ComponentType<{
    options: Readonly<Record<string, string>> | undefined;
    set: (values: Record<string, string | null>) => void;
  }>;
  /** May cover a quarter (suku tahun) instead of a month. */
  quarterly?: boolean;
  /** Names persons: SULIT top and bottom of every page. */
  sulit: boolean;
  orientation: "portrait" | "landscape";
  /** The files' side margins, kept on paper too (narrow only for the Buku Rekod extract). */
  margins?: "standard" | "narrow";
  /** Documents about one record list the records of the chosen site and month to pick from. */
  items?: (db: AppDB, actor: Actor, choice: Choice) => Promise<{ value: string; label: string }[]>;
  build: (args: BuildArgs) => Promise<M>;
  /** The files "Simpan" offers, in button order. */
  jobs: (model: M) => Job[];
  frame: (model: M) => PrintFrameData;
  /** True when the period holds nothing (the document is still valid, with zeros and a note). */
  isEmpty: (model: M) => boolean;
  /** The preview on screen; with `print` the copy on paper, which holds everything the files hold. */
  Preview: ComponentType<{ model: M; choice: Choice; print?: boolean }>;
};

/** A definition with its model type forgotten, for lists of documents. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDocDef = DocDef<any>;

/** The print frame of a model that carries the common frame's fields itself (most documents do). */
export function ownFrame(m: PrintFrameData): PrintFrameData {
  return {
    letterhead: m.letterhead,
    title: m.title,
    subtitle: m.subtitle,
    signature: m.signature,
    stamp: m.stamp,
    classification: m.classification,
  };
}
