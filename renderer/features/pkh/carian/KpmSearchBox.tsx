// Why: a PKH office's header search (Ctrl+K): KPM by any word of the pengurus's or a member's name, a NIK or a
// No. KPM, through the register's indexes (the same search as the register's box).
import { Anchor, Group, ScrollArea, Stack, Text, UnstyledButton } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useActor } from "../../../app/session";
import { db } from "../../../db/instance";
import { searchKpm, type Kpm } from "../../../db/repositories/pkh/kpm";
import { headOf, matchedMember } from "../kpm/components";
import { SearchDialog, SearchInput } from "../../carian/SearchDialog";

export function KpmSearchBox() {
  const { t } = useTranslation();
  return (
    <SearchDialog buttonLabel={t("pkh.carian.button")} title={t("pkh.carian.title")} Panel={SearchPanel} />
  );
}

function SearchPanel({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const navigate = useNavigate();
  const [text, setText] = useState("");
  const [rows, setRows] = useState<Kpm[]>([]);
  const [active, setActive] = useState(0);
  useEffect(() => {
    let alive = true;
    void searchKpm(db, actor, text, { limit: 12 }).then((r) => {
      if (!alive) return;
      setRows(r);
      setActive(0);
    });
    return () => {
      alive = false;
    };
  }, [actor, text]);
  const go = (to: string) => {
    onDone();
    navigate(to);
  };
  return (
    <Stack gap="xs">
      <SearchInput
        placeholder={t("pkh.carian.placeholder")}
        value={text}
        onChange={setText}
        count={rows.length}
        setActive={setActive}
        onEnter={() => rows[active] && go(`/kpm/${rows[active]!.household.id}`)}
      />
      <ScrollArea.Autosize mah="60vh">
        {text.trim() && rows.length === 0 && (
          <Text c="dimmed" size="sm" p="xs" data-testid="search-empty">
            {t("pkh.carian.none")}
          </Text>
        )}
        {rows.length > 0 && (
          <Group justify="space-between" mt="xs">
            <Text size="xs" fw={700} c="dimmed">
              {t("pkh.carian.kpm")}
            </Text>
            <Anchor size="xs" onClick={() => go(`/kpm?cari=${encodeURIComponent(text)}`)}>
              {t("pkh.carian.register")}
            </Anchor>
          </Group>
        )}
        {rows.map((r, i) => {
          const member = matchedMember(r, text);
          return (
            <UnstyledButton
              key={r.household.id}
              w="100%"
              p={6}
              bg={i === active ? "teal.0" : undefined}
              onClick={() => go(`/kpm/${r.household.id}`)}
              data-testid="search-kpm"
            >
              <Text size="sm" fw={600}>
                {r.household.kpmNo} · {headOf(r.household)}
              </Text>
              <Text size="xs" c="dimmed">
                {[r.household.desa, member ? `${member.name}${member.nik ? ` (${member.nik})` : ""}` : null]
                  .filter(Boolean)
                  .join(" · ")}
              </Text>
            </UnstyledButton>
          );
        })}
      </ScrollArea.Autosize>
    </Stack>
  );
}
