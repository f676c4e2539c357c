// Why: the office record (name, pack, demo flag, lock time) is read by many screens; one live copy is shared.
import { createContext, useContext } from "react";
import type { OfficeRecord } from "../db/app-db";

export const OfficeContext = createContext<OfficeRecord | null>(null);

export function useOffice(): OfficeRecord {
  const office = useContext(OfficeContext);
  if (!office) throw new Error("useOffice outside OfficeContext");
  return office;
}
