// Why: search from anywhere (Ctrl+K): persons and cases by name, MyKad, record number or phone, grouped.
import { Anchor, Badge, Group, ScrollArea, Stack, Text, UnstyledButton } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { db } from "../../db/instance";
import { search, type SearchResult } from "../../db/search";
import { formatDate, joinParts } from "../../app/format";
import { useActor } from "../../app/session";
import { statusColor } from "../ppr/buku-rekod/status";
import { StatusBadge } from "../ppr/siasatan/labels";
import { SearchDialog, SearchInput } from "./SearchDialog";

export function SearchBox() {
  const { t } = useTranslation();
  return <SearchDialog buttonLabel={t("carian.button")} title={t("carian.title")} Panel={SearchPanel} />;
}

function SearchPanel({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const navigate = useNavigate();
  const [text, setText] = useState("");
  // Each keystroke searches at once (an index lookup takes about a millisecond); a stale answer is dropped.
  const query = text;
  const [result, setResult] = useState<SearchResult>({ persons: [], cases: [] });
  const [active, setActive] = useState(0);
  useEffect(() => {
    let alive = true;
    void search(db, actor, query).then((r) => {
      if (!alive) return;
      setResult(r);
      setActive(0);
    });
    return () => {
      alive = false;
    };
  }, [actor, query]);
  const investigations = result.investigations ?? [];
  const targets = [
    ...result.persons.map((p) => `/orang/${p.id}`),
    ...result.cases.map((c) => `/kes/${c.record.id}`),
    ...investigations.map((i) => `/siasatan/${i.record.id}`),
  ];
  const go = (to: string) => {
    onDone();
    navigate(to);
  };
  let index = -1;
  return (
    <Stack gap="xs">
      <SearchInput
        placeholder={t("carian.placeholder")}
        value={text}
        onChange={setText}
        count={targets.length}
        setActive={setActive}
        onEnter={() => targets[active] && go(targets[active]!)}
      />
      <ScrollArea.Autosize mah="60vh">
        {query && targets.length === 0 && (
          <Text c="dimmed" size="sm" p="xs" data-testid="search-empty">
            {t("carian.none")}
          </Text>
        )}
        {result.persons.length > 0 && (
          <Group justify="space-between" mt="xs">
            <Text size="xs" fw={700} c="dimmed">
              {t("carian.persons")}
            </Text>
            {/* The same words in the persons list, with its site and household filters. */}
            <Anchor
              size="xs"
              onClick={() => go(`/orang?cari=${encodeURIComponent(query)}`)}
              data-testid="search-all-persons"
            >
              {t("carian.allPersons")}
            </Anchor>
          </Group>
        )}
        {result.persons.map((p) => {
          index += 1;
          const i = index;
          return (
            <UnstyledButton
              key={p.id}
              w="100%"
              p={6}
              bg={i === active ? "teal.0" : undefined}
              onClick={() => go(`/orang/${p.id}`)}
              data-testid="search-person"
            >
              <Text size="sm" fw={600}>
                {p.name}
              </Text>
              <Text size="xs" c="dimmed">
                {joinParts(p.docNo || t(`code.docType.${p.docType}`), p.unit, p.phone)}
              </Text>
            </UnstyledButton>
          );
        })}
        {result.cases.length > 0 && (
          <Text size="xs" fw={700} c="dimmed" mt="xs">
            {t("carian.cases")}
          </Text>
        )}
        {result.cases.map((c) => {
          index += 1;
          const i = index;
          return (
            <UnstyledButton
              key={c.record.id}
              w="100%"
              p={6}
              bg={i === active ? "teal.0" : undefined}
              onClick={() => go(`/kes/${c.record.id}`)}
              data-testid="search-case"
            >
              <Group justify="space-between" wrap="nowrap">
                <div>
                  <Text size="sm" fw={600} ff="monospace">
                    {c.record.recordNo}
                    {c.record.legacyNo && (
                      <Text span size="xs" c="dimmed" ff="sans-serif" fw={400} data-testid="search-legacy">
                        {" "}
                        · {t("imp.legacyNo")}: {c.record.legacyNo}
                      </Text>
                    )}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDate(c.record.date)} · {c.personName} · {c.record.problem}
                  </Text>
                </div>
                <Badge variant="light" color={statusColor(c.record.status)}>
                  {t(`code.caseStatus.${c.record.status}`)}
                </Badge>
              </Group>
            </UnstyledButton>
          );
        })}
        {investigations.length > 0 && (
          <Text size="xs" fw={700} c="dimmed" mt="xs">
            {t("carian.investigations")}
          </Text>
        )}
        {investigations.map((inv) => {
          index += 1;
          const i = index;
          return (
            <UnstyledButton
              key={inv.record.id}
              w="100%"
              p={6}
              bg={i === active ? "teal.0" : undefined}
              onClick={() => go(`/siasatan/${inv.record.id}`)}
              data-testid="search-investigation"
            >
              <Group justify="space-between" wrap="nowrap">
                <div>
                  <Text size="sm" fw={600} ff="monospace">
                    {inv.record.refNo}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDate(inv.record.date)} · {inv.personName} ·{" "}
                    {t(`siasatan.schemeName.${inv.record.scheme}`)}
                  </Text>
                </div>
                <StatusBadge status={inv.record.status} />
              </Group>
            </UnstyledButton>
          );
        })}
      </ScrollArea.Autosize>
    </Stack>
  );
}
