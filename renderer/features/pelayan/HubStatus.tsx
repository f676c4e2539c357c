// Why: the header says, on a PC connected to the office hub, whether it is in step ("Disegerakkan 2 minit lalu") or
// offline with its changes waiting, and why; clicking it opens the hub's section (Tetapan, or Pertukaran data for a
// user without Tetapan). It also starts a round soon after each change saved on this PC.
import { Badge, Tooltip } from "@mantine/core";
import { IconCloud, IconCloudOff, IconRefresh } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useLive } from "../../app/use-live";
import { useActor } from "../../app/session";
import { can } from "../../../shared/domain/roles";
import { db } from "../../db/instance";
import { readLink } from "../../db/hub/link";
import { changesWaiting } from "../../db/hub/sync";
import { BOOK_ID } from "../../db/exchange/tables";
import { hubLine } from "./hub-words";
import { syncSoon, useHubRunner } from "./runner";

export function HubStatus() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const runner = useHubRunner();
  const { actor } = useActor();
  const live = useLive(async () => {
    const link = await readLink(db);
    if (!link) return null;
    const book = await db.exchange.get(BOOK_ID);
    return { link, waiting: await changesWaiting(db), lastSeq: book?.lastSeq ?? 0 };
  }, []);
  const data = live.loading || live.error ? null : live.data;
  const lastSeq = data?.lastSeq ?? 0;
  // A change saved on this PC goes up soon after.
  useEffect(() => {
    if (lastSeq) syncSoon();
  }, [lastSeq]);
  // "2 minit lalu" moves on while the screen stays.
  const [, tick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => tick((n) => n + 1), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (!data) return null;
  const line = hubLine(t, data.link, runner, data.waiting);
  const color = { ok: "teal", busy: "blue", offline: "orange", stopped: "red" }[line.tone];
  const Icon = line.tone === "ok" ? IconCloud : line.tone === "busy" ? IconRefresh : IconCloudOff;
  return (
    <Tooltip label={line.text} multiline maw={360}>
      <Badge
        component="button"
        variant="light"
        color={color}
        leftSection={<Icon size={14} />}
        maw={260}
        style={{ cursor: "pointer", textTransform: "none" }}
        onClick={() => navigate(can(actor.role, "office.manage") ? "/tetapan" : "/pertukaran")}
        data-testid="hub-status"
        data-tone={line.tone}
        aria-label={line.text}
      >
        {line.text}
      </Badge>
    </Tooltip>
  );
}
