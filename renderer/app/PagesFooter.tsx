// Why: the foot of a list read page by page (persons, the directory): "narrow your search" when the typed words hit
// the cap, and the button that reads the next page.
import { Button, Text } from "@mantine/core";

export function PagesFooter({
  narrow,
  more,
  moreLabel,
  testId,
}: {
  /** The hint shown when typed words found as many rows as a search reads; null when not capped. */
  narrow: string | null;
  /** Reads the next page; null when none remains. */
  more: (() => void) | null;
  moreLabel: string;
  testId: string;
}) {
  return (
    <>
      {narrow && (
        <Text size="sm" c="dimmed">
          {narrow}
        </Text>
      )}
      {more && (
        <Button variant="default" w="fit-content" onClick={more} data-testid={testId}>
          {moreLabel}
        </Button>
      )}
    </>
  );
}
