// Why: the administrator adds a site (PPR or high-risk area) that PPK can then be assigned to.
import { Title, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { db } from "../../db/instance";
import { sitesRepo } from "../../db/repositories/sites";
import { useActor } from "../../app/session";
import { notifySaved } from "../../app/messages";
import { SiteForm } from "./SiteForm";
import { useOffice } from "../../app/office-context";
import type { SiteInput } from "../../../shared/domain/site";
import { siteTypesOf } from "../../../shared/domain/codes";

export function NewSitePage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const office = useOffice();
  const navigate = useNavigate();
  const initial = {
    code: "",
    name: "",
    type: siteTypesOf(office.countryPack)[0],
    address: "",
    district: office.district,
    state: office.state,
  } as SiteInput;
  return (
    <Stack maw={900}>
      <Title order={3}>{t("site.newTitle")}</Title>
      <SiteForm
        draftKey="site:new"
        initial={initial}
        rev={null}
        onSave={async (values) => {
          const site = await sitesRepo(db).create(actor, values);
          notifySaved(t);
          return { next: () => navigate(`/tapak/${site.id}`) };
        }}
      />
    </Stack>
  );
}
