// Why: the community screens work one site at a time (?tapak=<id>), starting at the user's own first site.
import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { SiteRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { sitesRepo } from "../../../db/repositories/sites";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";

/** The sites the user may see and the chosen one: ?tapak, else the first assigned site, else the first listed. */
export function useSiteParam() {
  const { actor } = useActor();
  const [params, setParams] = useSearchParams();
  const sites = useLive(
    async () => (await sitesRepo(db).list(actor)).sort((a, b) => a.code.localeCompare(b.code)),
    [actor],
  );
  const list: SiteRecord[] = sites.loading || sites.error ? [] : sites.data;
  const asked = params.get("tapak");
  const site =
    list.find((s) => s.id === asked) ??
    (asked ? undefined : (list.find((s) => actor.siteIds.includes(s.id)) ?? list[0]));
  const choose = (id: string) => {
    const next = new URLSearchParams(params);
    next.set("tapak", id);
    setParams(next, { replace: true });
  };
  return { loading: sites.loading, error: sites.error ?? null, sites: list, site, asked, choose };
}

export function SitePicker({
  sites,
  site,
  onChange,
}: {
  sites: SiteRecord[];
  site: SiteRecord | undefined;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t("profail.site")}
      w={320}
      allowDeselect={false}
      searchable
      data={sites.map((s) => ({ value: s.id, label: `${s.code} — ${s.name}` }))}
      value={site?.id ?? null}
      onChange={(v) => v && onChange(v)}
      data-testid="site-picker"
    />
  );
}
