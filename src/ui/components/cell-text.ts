/**
 * A table cell's text: numbers in numeric columns with thousands grouped (UX.md: counts with
 * thousands grouped, as the KPIs show them), decimals kept as the column gave them, no value
 * as —. Text is as it is.
 */
export function cellText(value: number | string | null | undefined, numeric = false): string {
  if (value === null || value === undefined) return '—';
  if (!numeric || typeof value !== 'number' || !Number.isFinite(value)) return String(value);
  const text = String(Math.abs(value));
  if (text.includes('e')) return String(value);
  const [whole, fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}
