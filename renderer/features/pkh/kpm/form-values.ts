// Why: the household form's values (text for every input) and what the repository receives from them; the problems
// shown while typing are the schemas' own (records.ts), so the form and the save never disagree.
import { householdSchema, memberSchema } from "../../../../shared/domain/pkh/records";
import type { Kpm, KpmDraft } from "../../../db/repositories/pkh/kpm";

export type MemberFields = {
  id: string;
  name: string;
  nik: string;
  birthDate: string;
  sex: string;
  relationship: string;
  schoolLevel: string;
  school: string;
  schoolClass: string;
  expectedDelivery: string;
  deliveryDate: string;
  severeDisability: boolean;
  healthPost: string;
};

export type KpmFields = {
  siteId: string;
  kpmNo: string;
  headName: string;
  address: string;
  desa: string;
  groupId: string;
  bankAccount: string;
  kksNo: string;
  active: boolean;
  members: MemberFields[];
};

export const emptyMember = (): MemberFields => ({
  id: "",
  name: "",
  nik: "",
  birthDate: "",
  sex: "",
  relationship: "",
  schoolLevel: "",
  school: "",
  schoolClass: "",
  expectedDelivery: "",
  deliveryDate: "",
  severeDisability: false,
  healthPost: "",
});

export function householdValues(kpm: Kpm | null, siteId: string): KpmFields {
  const h = kpm?.household;
  return {
    siteId: h?.siteId ?? siteId,
    kpmNo: h?.kpmNo ?? "",
    headName: h?.headName ?? "",
    address: h?.address ?? "",
    desa: h?.desa ?? "",
    groupId: h?.groupId ?? "",
    bankAccount: h?.bankAccount ?? "",
    kksNo: h?.kksNo ?? "",
    active: h?.active ?? true,
    members: (kpm?.members ?? []).map((m) => ({
      id: m.id,
      name: m.name,
      nik: m.nik ?? "",
      birthDate: m.birthDate ?? "",
      sex: m.sex ?? "",
      relationship: m.relationship ?? "",
      schoolLevel: m.schoolLevel ?? "",
      school: m.school ?? "",
      schoolClass: m.schoolClass ?? "",
      expectedDelivery: m.expectedDelivery ?? "",
      deliveryDate: m.deliveryDate ?? "",
      severeDisability: m.severeDisability ?? false,
      healthPost: m.healthPost ?? "",
    })),
  };
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** A member's fields as the schema reads them (empty text is "not given"). */
export function memberInput(m: MemberFields): Record<string, unknown> {
  return {
    name: m.name,
    nik: orNull(m.nik),
    birthDate: orNull(m.birthDate),
    sex: orNull(m.sex),
    relationship: orNull(m.relationship),
    schoolLevel: orNull(m.schoolLevel),
    school: m.school,
    schoolClass: m.schoolClass,
    expectedDelivery: orNull(m.expectedDelivery),
    deliveryDate: orNull(m.deliveryDate),
    severeDisability: m.severeDisability,
    healthPost: m.healthPost,
  };
}

export function toDraft(v: KpmFields, kpm: Kpm | null, baseRev: number | null): KpmDraft {
  const { members, groupId, ...household } = v;
  return {
    ...household,
    groupId: groupId || null,
    id: kpm?.household.id ?? null,
    rev: baseRev ?? kpm?.household.rev ?? null,
    members: members.map((m) => ({ ...memberInput(m), id: m.id || null })),
  };
}

/** Each field's problem while typing (an i18n key), from the same schemas the save checks. */
export function formProblems(v: KpmFields): Record<string, string> {
  const errors: Record<string, string> = {};
  const { members, groupId, ...household } = v;
  const h = householdSchema.safeParse({ ...household, groupId: groupId || null });
  if (!h.success) for (const i of h.error.issues) errors[i.path.join(".")] ??= i.message;
  members.forEach((m, n) => {
    const r = memberSchema.safeParse(memberInput(m));
    if (!r.success) for (const i of r.error.issues) errors[`members.${n}.${i.path.join(".")}`] ??= i.message;
  });
  return errors;
}
