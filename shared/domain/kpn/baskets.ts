// Why: one household, one basket: a MyKad that already received a basket on this tour or in the same month is pointed
// out before another is given (a warning the officer may pass, not a refusal).
import { myKadDigits } from "../mykad";

export type GivenBasket = { mykad: string; tourId: string; date: string };

export type RepeatWarning = { kind: "sameTour" | "sameMonth"; date: string };

/** Earlier baskets for the same MyKad on this tour, else in the same calendar month; null when none. */
export function repeatBasket(next: GivenBasket, earlier: readonly GivenBasket[]): RepeatWarning | null {
  const id = myKadDigits(next.mykad);
  if (!id) return null;
  const same = earlier.filter((b) => myKadDigits(b.mykad) === id);
  const onTour = same.find((b) => b.tourId === next.tourId);
  if (onTour) return { kind: "sameTour", date: onTour.date };
  const inMonth = same.find((b) => b.date.slice(0, 7) === next.date.slice(0, 7));
  return inMonth ? { kind: "sameMonth", date: inMonth.date } : null;
}
