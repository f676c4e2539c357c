// Why: a programme (PPR, KPN, PKH) brings its own screens and menu entries; the shell and router take the office's.
import type { ComponentType, ReactElement } from "react";
import type { RouteObject } from "react-router";
import type { Permission } from "../../shared/domain/roles";
import type { AnyDocDef } from "../features/laporan/documents/types";

/** A menu entry; `allSites`: only for the roles that see every site (the district's desk). */
export type NavEntry = {
  to: string;
  key: string;
  icon: ComponentType<{ size?: number }>;
  permission?: Permission;
  allSites?: true;
};

export type Programme = {
  /** Routes under the shell, beside the shared ones (settings, users, sites, directory, reports...). */
  routes: RouteObject[];
  /** Menu entries, shown after "Utama" and before the shared entries. */
  nav: NavEntry[];
  /** The home screen of an office running this programme (the first one named decides). */
  home?: ReactElement;
  /** The header's search box (the first one named decides; none: no box). */
  search?: ComponentType;
  /** Its official documents, in the order the Laporan screen lists them. */
  documents?: AnyDocDef[];
  /** The Laporan screen offers the monthly pack to the PKMD (PPR sites). */
  monthlyPack?: true;
  /** Pages whose menu entry is another one (a case page belongs to the register). */
  navParents?: Record<string, string>;
};
