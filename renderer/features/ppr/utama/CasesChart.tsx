// Why: cases per month for the last 12 months by target group; loaded only when the home screen shows it (recharts is large).
import "@mantine/charts/styles.css";
import { BarChart } from "@mantine/charts";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { targetGroups } from "../../../../shared/domain/codes";
import type { MonthBar } from "../../../db/dashboard";

const colors = ["blue.6", "teal.6", "grape.6", "pink.6", "orange.6", "red.6", "cyan.6", "gray.5"];
const monthNames = {
  ms: ["Jan", "Feb", "Mac", "Apr", "Mei", "Jun", "Jul", "Ogo", "Sep", "Okt", "Nov", "Dis"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  id: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
};

export default function CasesChart({ months }: { months: MonthBar[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const names = monthNames[(i18n.language as keyof typeof monthNames) ?? "ms"] ?? monthNames.ms;
  const data = months.map((m) => ({
    ...m,
    label: `${names[Number(m.month.slice(5, 7)) - 1]} ${m.month.slice(2, 4)}`,
  }));
  return (
    <BarChart
      h={260}
      data={data}
      dataKey="label"
      type="stacked"
      withLegend
      // Cases are counted whole: the axis never shows 0.5 of a case.
      yAxisProps={{ allowDecimals: false }}
      legendProps={{ verticalAlign: "bottom", height: 40 }}
      series={targetGroups.map((g, i) => ({ name: g, label: t(`code.targetGroup.${g}`), color: colors[i]! }))}
      barProps={{
        cursor: "pointer",
        onClick: (bar: { payload?: MonthBar }) => {
          if (bar.payload) navigate(`/buku-rekod?dari=${bar.payload.from}&hingga=${bar.payload.to}`);
        },
      }}
    />
  );
}
