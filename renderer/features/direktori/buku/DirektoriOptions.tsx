// Why: the booklet's choices on the Laporan screen: which kinds, active organisations only, A4 or a small A5 booklet.
import { Checkbox, SegmentedControl, Select, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { organisationKinds } from "../../../../shared/domain/directory";
import { direktoriOptions } from "./options";

type Props = {
  options: Readonly<Record<string, string>> | undefined;
  set: (values: Record<string, string | null>) => void;
};

export function DirektoriOptions({ options, set }: Props) {
  const { t } = useTranslation();
  const o = direktoriOptions(options);
  return (
    <>
      <Select
        size="xs"
        label={t("laporan.direktori.kinds")}
        allowDeselect={false}
        data={[
          { value: "cbo-ngo", label: t("laporan.direktori.cboNgo") },
          { value: "semua", label: t("laporan.direktori.allKinds") },
          ...organisationKinds.map((k) => ({ value: k, label: t(`code.orgKind.${k}`) })),
        ]}
        value={o.preset}
        onChange={(v) => v && set({ jenis: v })}
      />
      <Stack gap={4}>
        <Text size="xs" fw={500}>
          {t("laporan.direktori.paper")}
        </Text>
        <SegmentedControl
          size="xs"
          value={o.paper}
          onChange={(v) => set({ kertas: v })}
          data={[
            { value: "a4", label: t("laporan.direktori.a4") },
            { value: "a5", label: t("laporan.direktori.a5") },
          ]}
        />
      </Stack>
      <Checkbox
        size="xs"
        mt="lg"
        label={t("laporan.direktori.activeOnly")}
        checked={o.activeOnly}
        onChange={(e) => set({ aktif: e.currentTarget.checked ? "1" : "0" })}
      />
    </>
  );
}
