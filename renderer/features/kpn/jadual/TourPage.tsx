// Why: plan a new tour (on the day asked for, else today) or edit one, with the users and the grades the team form
// needs (partners are picked from the directory as typed).
import { Anchor, Group, Stack, Title } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { isValidIsoDate, todayIn } from "../../../../shared/domain/dates";
import { weekStart } from "../../../../shared/domain/kpn/roadmap";
import { formatDate } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import type { AppDB, TourRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { restoreTour, toursRepo, tourWithCheckpoints } from "../../../db/repositories/kpn/tours";
import { confirmSoftDelete, DeleteButton } from "../../../app/soft-delete";
import { TourForm } from "./TourForm";
import { newTourValues, tourValues } from "./tour-form";

/** Each user's grade as written on their latest tour, so it is typed once. */
async function latestGrades(database: AppDB): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const tour of await database.tours.orderBy("date").reverse().toArray())
    for (const m of tour.team) if (m.userId && m.grade && !out.has(m.userId)) out.set(m.userId, m.grade);
  return out;
}

export function TourPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const { id } = useParams();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const asked = params.get("tarikh");
  const day = asked && isValidIsoDate(asked) ? asked : todayIn();
  const live = useLive(async () => {
    const [tour, users, gradeOf] = await Promise.all([
      id ? tourWithCheckpoints(db, id) : Promise.resolve(null),
      db.users.toArray(),
      latestGrades(db),
    ]);
    return {
      tour,
      users: users.filter((u) => !u.disabled && !u.deletedAt).sort((a, b) => a.name.localeCompare(b.name)),
      gradeOf,
    };
  }, [id, actor]);
  const data = live.loading || live.error ? null : live.data;
  const tour = data?.tour ?? null;
  const initial = useMemo(() => (tour ? tourValues(tour) : newTourValues(day)), [tour, day]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const back = `/kpn?minggu=${weekStart(tour?.tour.date ?? day)}`;
  const remove = (stored: TourRecord) =>
    confirmSoftDelete({
      t,
      name: t("kpnJadual.form.editTitle", { date: formatDate(stored.date) }),
      title: t("kpnJadual.deleteTitle"),
      message: t("kpnJadual.deleteConfirm", { date: formatDate(stored.date) }),
      remove: () => toursRepo(db).softDelete(actor, stored.id, stored.rev),
      restore: () => restoreTour(db, actor, stored.id),
      afterRemove: () => void navigate(back),
      afterRestore: () => void navigate(`/kpn/jelajah/${stored.id}`),
    });
  return (
    <Stack maw={1100}>
      <Anchor component={Link} to={back} size="sm">
        {t("kpnJadual.form.back")}
      </Anchor>
      <Group justify="space-between">
        <Title order={3}>
          {tour
            ? t("kpnJadual.form.editTitle", { date: formatDate(tour.tour.date) })
            : t("kpnJadual.form.newTitle")}
        </Title>
        {tour && <DeleteButton onClick={() => remove(tour.tour)} />}
      </Group>
      <TourForm
        tourId={tour?.tour.id ?? null}
        initial={initial}
        rev={tour?.tour.rev ?? null}
        users={data!.users}
        gradeOf={data!.gradeOf}
      />
    </Stack>
  );
}
