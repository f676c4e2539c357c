// Why: Minit Mesyuarat on the Laporan screen: one meeting of the site as minutes, its action items owned by officers or the site's stakeholders.
import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  MEETING_TYPE_LABELS,
  minitModel,
  type MinitModel,
} from "../../../../shared/reports/minit-mesyuarat/model";
import { dmy } from "../../../../shared/reports/frame/text";
import { AppError } from "../../../db/errors";
import { postOf } from "../figures";
import { documentSignatories } from "../signatories";
import { SectionsPreview, type PreviewSection } from "./SectionsPreview";
import { ownFrame, type DocDef } from "./types";

function Preview({ model }: { model: MinitModel }) {
  const { t } = useTranslation();
  const sections: PreviewSection[] = model.sections.map((s) => ({
    key: s.key,
    heading: s.heading,
    blocks: s.blocks.map((b) =>
      b.kind === "table"
        ? {
            kind: "table",
            table: { columns: b.table.columns, rows: b.table.rows.map((cells) => ({ cells })) },
          }
        : b,
    ),
  }));
  return (
    <Stack gap="xs">
      <Text size="sm" className="no-print">
        {t("laporan.minit.hint")}
      </Text>
      <SectionsPreview sections={sections} testId="minit-preview" />
    </Stack>
  );
}

export const minitMesyuaratDoc: DocDef<MinitModel> = {
  code: "minit-mesyuarat",
  labelKey: "laporan.minit.name",
  allSites: false,
  sulit: false,
  orientation: "portrait",
  async items(db, _actor, choice) {
    const site = choice.sites[0];
    if (!site) return [];
    const meetings = (
      await db.meetings.where("[siteId+date]").between([site.id, ""], [site.id, "\uffff"]).toArray()
    ).filter((m) => !m.deletedAt);
    return meetings
      .sort((a, b) => b.date.localeCompare(a.date) || (b.time ?? "").localeCompare(a.time ?? ""))
      .map((m) => ({
        value: m.id,
        label: `${dmy(m.date)}${m.time ? ` ${m.time}` : ""} — ${MEETING_TYPE_LABELS[m.type]}, ${m.venue}`,
      }));
  },
  async build({ db, actor, context, choice }) {
    const site = choice.sites[0];
    const meeting = choice.itemId ? await db.meetings.get(choice.itemId) : undefined;
    const siteRecord = site ? await db.sites.get(site.id) : undefined;
    if (!meeting || meeting.deletedAt || !siteRecord || meeting.siteId !== siteRecord.id)
      throw new AppError("e.notFound");
    const [items, stakeholders, users] = await Promise.all([
      db.actionItems.where("meetingId").equals(meeting.id).toArray(),
      db.stakeholders.where("siteId").equals(siteRecord.id).toArray(),
      db.users.toArray(),
    ]);
    const stakeholderById = new Map(stakeholders.map((s) => [s.id, s]));
    const userById = new Map(users.map((u) => [u.id, u]));
    const ownerOf = (kind: string | undefined, id: string) => {
      if (kind === "pihak") {
        const s = stakeholderById.get(id);
        return s
          ? { name: s.name, role: [s.role, s.organisation].filter((x) => x.trim()).join(", ") }
          : { name: "-", role: "" };
      }
      const u = userById.get(id);
      return u ? { name: u.name, role: postOf(u) } : { name: "-", role: "" };
    };
    return minitModel({
      site: siteRecord,
      meeting: { ...meeting, time: meeting.time ?? "", decisions: meeting.decisions ?? "" },
      attendees: meeting.attendees.map((a) => {
        const s = a.stakeholderId ? stakeholderById.get(a.stakeholderId) : undefined;
        return s ? { name: a.name, role: s.role, organisation: s.organisation } : { name: a.name };
      }),
      items: items
        .filter((i) => !i.deletedAt)
        .map((i) => ({
          text: i.text,
          owner: ownerOf(i.ownerKind, i.ownerId),
          dueDate: i.dueDate,
          status: i.status,
        })),
      letterhead: context.letterhead,
      stamp: context.stamp,
      // The officer who recorded the meeting prepares its minutes, whoever prints them.
      signature: await documentSignatories(db, context, actor, {
        siteIds: [siteRecord.id],
        authorId: meeting.createdBy,
      }),
    });
  },
  jobs: (m) => [{ writer: "minit-mesyuarat.docx", model: m, fileName: m.fileName }],
  frame: ownFrame,
  isEmpty: () => false,
  Preview,
};
