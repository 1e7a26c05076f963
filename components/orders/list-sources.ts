/** The currencies seen on the page, for the currency filter's suggestions. */
export function currenciesOf(
  orders: readonly { totals: { total: { currency: string } } }[] | undefined,
  current?: string,
): string[] {
  const set = new Set(orders?.map((o) => o.totals.total.currency));
  if (current) set.add(current);
  return [...set].sort();
}
