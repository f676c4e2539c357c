// Why: dates shown the way a Malaysian office writes them: dd/mm/yyyy, 24-hour time.
import dayjs from "dayjs";

export function formatDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format("DD/MM/YYYY") : "";
}

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format("DD/MM/YYYY HH:mm") : "";
}
