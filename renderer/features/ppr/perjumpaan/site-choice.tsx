// Why: meetings and needs are kept per site; the chosen site lives in the address (?tapak=) so links and Back keep it.
import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { SiteRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { sitesRepo } from "../../../db/repositories/sites";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";

export function useSiteChoice() {
  const { actor } = useActor();
  const [params, setParams] = useSearchParams();
  const live = useLive(
    async () => (await sitesRepo(db).list(actor)).sort((a, b) => a.name.localeCompare(b.name)),
    [actor],
  );
  const sites = live.loading || live.error ? [] : live.data;
  const siteId = params.get("tapak") || sites[0]?.id || null;
  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  return {
    loading: live.loading,
    error: live.error ?? null,
    sites,
    siteId,
    site: sites.find((s) => s.id === siteId),
    params,
    setParam,
  };
}

export function SiteSelect({
  sites,
  value,
  onChange,
}: {
  sites: readonly SiteRecord[];
  value: string | null;
  onChange: (siteId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t("perjumpaan.site")}
      w={300}
      allowDeselect={false}
      data={sites.map((s) => ({ value: s.id, label: `${s.code} — ${s.name}` }))}
      value={value}
      onChange={(v) => v && onChange(v)}
      data-testid="site-select"
    />
  );
}
