// Why: find the person a walk-in case is about by name or MyKad from the keyboard, or register them on the spot.
import { Button, Group, Kbd, Paper, Stack, Text, TextInput, UnstyledButton } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { joinParts } from "../../../app/format";
import { parseMyKad } from "../../../../shared/domain/mykad";
import type { PersonRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { search } from "../../../db/search";
import { useActor } from "../../../app/session";
import { useKeptValue } from "../../../app/use-kept-value";

/** What was typed, carried to the registration form: a MyKad (well formed or not, so its problem is shown) or a name. */
export type Typed = { docNo: string; name: string };
type Props = { onPick: (p: PersonRecord) => void; onRegister: (typed: Typed) => void };

export function PersonPicker({ onPick, onRegister }: Props) {
  const { t } = useTranslation();
  const { actor } = useActor();
  // Kept like a draft: a walk-in's name or MyKad half typed when the screen locks is still there after.
  const [text, setText, clearText] = useKeptValue("case:new:person-search");
  const [query] = useDebouncedValue(text, 120);
  const [results, setResults] = useState<PersonRecord[]>([]);
  const [active, setActive] = useState(0);
  useEffect(() => {
    let alive = true;
    void search(db, actor, query).then((r) => {
      if (!alive) return;
      setResults(r.persons);
      setActive(0);
    });
    return () => {
      alive = false;
    };
  }, [actor, query]);
  const mykad = parseMyKad(text);
  const register = () => {
    const typed = text.trim();
    clearText();
    if (mykad.ok) onRegister({ docNo: mykad.info.formatted, name: "" });
    else if (/^[\d\s-]+$/.test(typed)) onRegister({ docNo: typed, name: "" });
    else onRegister({ docNo: "", name: typed });
  };

  return (
    <Stack gap="xs">
      <TextInput
        autoFocus
        label={t("bukuRekod.findPerson")}
        description={t("bukuRekod.findPersonHint")}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        data-testid="person-search"
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, results.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === "Enter") {
            e.preventDefault();
            if (query !== text) return; // results are still for an older text
            const pick = results[active];
            if (pick) {
              clearText();
              onPick(pick);
            } else if (text.trim()) register();
          }
        }}
      />
      {text.trim() && (
        <Paper withBorder>
          {results.map((p, i) => (
            <UnstyledButton
              key={p.id}
              w="100%"
              p="xs"
              bg={i === active ? "teal.0" : undefined}
              onClick={() => {
                clearText();
                onPick(p);
              }}
              data-testid="person-result"
            >
              <Text size="sm" fw={600}>
                {p.name}
              </Text>
              <Text size="xs" c="dimmed">
                {joinParts(p.docNo || t(`code.docType.${p.docType}`), p.unit, p.phone)}
              </Text>
            </UnstyledButton>
          ))}
          {results.length === 0 && query === text && (
            <Group p="xs" justify="space-between">
              <Text size="sm" c="dimmed">
                {t("bukuRekod.noPerson")} <Kbd>Enter</Kbd>
              </Text>
              <Button size="xs" variant="light" onClick={register}>
                {t("bukuRekod.registerPerson")}
              </Button>
            </Group>
          )}
        </Paper>
      )}
    </Stack>
  );
}
