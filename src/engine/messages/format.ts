/** Formats an amount param for messages: 4263.9 → "4,263.90". */
export function fmt(n: number | string | undefined): string {
  if (n === undefined || n === null) return '';
  if (typeof n === 'string') return n;
  const s = Math.abs(n).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${s}` : s;
}
