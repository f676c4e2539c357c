// Why: a payment's state reads the same wherever it is shown: not recorded yet, received, not received.
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function PaymentState({ received }: { received: boolean | null }) {
  const { t } = useTranslation();
  const [key, color] =
    received === null ? ["open", "gray"] : received ? ["received", "teal"] : ["notReceived", "red"];
  return (
    <Badge variant="light" color={color} miw="max-content">
      {t(`pkh.bayar.state.${key}`)}
    </Badge>
  );
}
