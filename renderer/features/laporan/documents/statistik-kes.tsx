// Why: Laporan Statistik Kes Yang Dilayan Mengikut Bulan on the Laporan screen: load, model, files and the preview whose figures open the register.
import { Alert, Stack, Tabs, Text } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import {
  statistikKesModel,
  type StatSheet,
  type StatistikKesModel,
} from "../../../../shared/reports/statistik-kes/model";
import { loadStatistikKesFigures } from "../load";
import { PreviewTable } from "../PreviewTable";
import { documentSignatories } from "../signatories";
import { useMonthName } from "../month-name";
import type { Choice, DocDef } from "./types";

/** One sheet (the district or a site): its site and month lines, the table and the notes, as each file lays it out. */
function Sheet({ model, sheet, print }: { model: StatistikKesModel; sheet: StatSheet; print?: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      {sheet.subtitle.slice(1).map((line) => (
        <Text key={line} size="xs" fw={700} className="print-subtitle">
          {line}
        </Text>
      ))}
      <PreviewTable
        sheet={sheet}
        columns={model.columns}
        year={model.year}
        siteId={sheet.key === "daerah" ? null : sheet.key}
        linkTitle={t("laporan.openRegister")}
        print={print}
      />
      {model.notes.map((n) => (
        <Text key={n} size="xs" c="dimmed" fs="italic" className="print-tail">
          {n}
        </Text>
      ))}
    </Stack>
  );
}

function Preview({ model, choice, print }: { model: StatistikKesModel; choice: Choice; print?: boolean }) {
  const { t } = useTranslation();
  const monthName = useMonthName();
  // Paper holds every sheet, as the files do, each from a new page.
  if (print)
    return model.sheets.map((s) => (
      <div key={s.key} className="print-sheet">
        <Sheet model={model} sheet={s} print />
      </div>
    ));
  const first = model.sheets[0]!;
  const total = first.rows.find((r) => r.id === "TOTAL");
  const warnings = model.sheets.filter((s) => s.key !== "daerah").flatMap((s) => s.warnings);
  return (
    <Stack gap="xs">
      <Text size="sm" data-testid="statistik-summary" className="no-print">
        {t("laporan.summary", {
          period: `${monthName(choice.month)} ${choice.year}`,
          n: total?.months[model.month - 1] ?? 0,
        })}
      </Text>
      {warnings.length > 0 && (
        <Alert color="orange" icon={<IconInfoCircle size={16} />} className="no-print">
          {t("laporan.warnings", { n: warnings.length, records: warnings.map((w) => w.recordNo).join(", ") })}
        </Alert>
      )}
      <Text size="xs" c="dimmed" className="no-print">
        {t("laporan.hint")}
      </Text>
      <Tabs defaultValue={first.key} key={model.sheets.map((s) => s.key).join(",")}>
        <Tabs.List className="no-print">
          {model.sheets.map((s) => (
            <Tabs.Tab key={s.key} value={s.key}>
              {s.key === "daerah" ? t("laporan.district", { name: s.name }) : s.name}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {model.sheets.map((s) => (
          <Tabs.Panel key={s.key} value={s.key} pt="sm">
            <Sheet model={model} sheet={s} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

export const statistikKesDoc: DocDef<StatistikKesModel> = {
  code: "statistik-kes",
  labelKey: "laporan.statistikKes.name",
  allSites: true,
  sulit: false,
  orientation: "landscape",
  async build({ db, actor, context, choice, today }) {
    const records = await loadStatistikKesFigures(
      db,
      choice.sites.map((s) => s.id),
      choice.year,
    );
    return statistikKesModel({
      year: choice.year,
      month: choice.month,
      sites: choice.sites.map((s) => ({ id: s.id, name: s.name })),
      ...records,
      district: context.district,
      asOf: today,
      letterhead: context.letterhead,
      stamp: context.stamp,
      signature: await documentSignatories(db, context, actor, { siteIds: choice.sites.map((s) => s.id) }),
    });
  },
  jobs: (m) => [
    { writer: "statistik-kes.xlsx", model: m, fileName: m.fileNames.xlsx },
    { writer: "statistik-kes.docx", model: m, fileName: m.fileNames.docx },
  ],
  frame: (m) => ({
    letterhead: m.letterhead,
    title: m.title,
    subtitle: m.sheets[0]?.subtitle.slice(0, 1) ?? [],
    signature: m.signature,
    stamp: m.stamp,
    classification: m.classification,
  }),
  isEmpty: (m) => m.sheets.every((s) => s.rows.every((r) => (r.total ?? 0) === 0)),
  Preview,
};
