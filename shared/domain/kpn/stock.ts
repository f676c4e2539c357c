// Why: food baskets are given from the stock a tour loads before leaving; giving beyond it needs an explicit override,
// and the stock brought back is counted against what the records say should be left.
import { basketItems, type BasketItem } from "./codes";

export type Quantities = Record<BasketItem, number>;

export const noQuantities = (): Quantities => ({ beras: 0, minyak: 0, tepung: 0, gula: 0 });

const isCount = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 0;

/** Problems with typed quantities (stock loaded or returned, or one basket): whole numbers, not negative. */
export function quantityProblems(
  q: Partial<Record<BasketItem, unknown>>,
): { item: BasketItem; key: string }[] {
  return basketItems.filter((i) => !isCount(q[i] ?? 0)).map((item) => ({ item, key: "v.kpn.quantity" }));
}

export function sum(all: readonly Quantities[]): Quantities {
  const out = noQuantities();
  for (const q of all) for (const i of basketItems) out[i] += q[i];
  return out;
}

/** What should be left: loaded minus every basket given (may go below zero after overrides). */
export function stockLeft(loaded: Quantities, given: readonly Quantities[]): Quantities {
  const out = { ...loaded };
  const g = sum(given);
  for (const i of basketItems) out[i] -= g[i];
  return out;
}

export type BasketCheck =
  | { ok: true }
  | { ok: false; key: "v.kpn.basketEmpty" | "v.kpn.quantity" }
  | { ok: false; key: "v.kpn.overStock"; short: Partial<Quantities> };

/**
 * Whether a basket may be given from `left`: it must hold something, in whole units; more than is left needs an
 * override (`override` true, with its reason kept by the caller), and the result says by how much it is short.
 */
export function checkBasket(basket: Quantities, left: Quantities, override: boolean): BasketCheck {
  if (quantityProblems(basket).length) return { ok: false, key: "v.kpn.quantity" };
  if (basketItems.every((i) => basket[i] === 0)) return { ok: false, key: "v.kpn.basketEmpty" };
  const short: Partial<Quantities> = {};
  for (const i of basketItems)
    if (basket[i] > Math.max(0, left[i])) short[i] = basket[i] - Math.max(0, left[i]);
  if (Object.keys(short).length && !override) return { ok: false, key: "v.kpn.overStock", short };
  return { ok: true };
}

/**
 * At the end of a tour: the stock counted back against what should be left. `difference` = counted - expected per
 * item (negative: missing; positive: more came back than the records explain).
 */
export function reconcile(
  loaded: Quantities,
  given: readonly Quantities[],
  returned: Quantities,
): { expected: Quantities; difference: Quantities; balanced: boolean } {
  const expected = stockLeft(loaded, given);
  const difference = noQuantities();
  for (const i of basketItems) difference[i] = returned[i] - expected[i];
  return { expected, difference, balanced: basketItems.every((i) => difference[i] === 0) };
}
