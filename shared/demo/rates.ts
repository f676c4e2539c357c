// Why: starting values for the poverty line (PGK) and the JKM scheme rates; an administrator edits them with their effective dates.
import type { RateInput } from "../domain/aid";

export const defaultRates: RateInput[] = [
  { kind: "PGK", amount: 2208, effectiveFrom: "2019-01-01" },
  { kind: "PGK", amount: 2589, effectiveFrom: "2022-01-01" },
  { kind: "BKK", amount: 200, effectiveFrom: "2023-01-01" },
  { kind: "BWE", amount: 500, effectiveFrom: "2023-01-01" },
  { kind: "BWE", amount: 600, effectiveFrom: "2025-01-01" },
  { kind: "EPOKU", amount: 450, effectiveFrom: "2023-01-01" },
  { kind: "BTB", amount: 300, effectiveFrom: "2023-01-01" },
  { kind: "BPT", amount: 500, effectiveFrom: "2023-01-01" },
  { kind: "BA", amount: 300, effectiveFrom: "2023-01-01" },
  { kind: "BAT", amount: 0, effectiveFrom: "2023-01-01" },
  { kind: "GP", amount: 2700, effectiveFrom: "2023-01-01" },
];
