/**
 * A dashboard donut whose key sits on its left, each entry with its figure ("准物业 40.1%",
 * "已达标 83 栋"). Labels around the ring were cut to 准… and 40… in a 260-px chart (1024 ×
 * 768 with both panels); a key in a column reads in full at that width.
 */
export interface PieEntry {
  name: string;
  value: number;
  colour?: string;
}

/** `figure` gives an entry's text from its value and its share of the whole (0–1). */
export function pieOption(entries: readonly PieEntry[], figure: (entry: PieEntry, share: number) => string, textStyle: object) {
  const total = entries.reduce((sum, entry) => sum + entry.value, 0);
  const share = (entry: PieEntry) => (total > 0 ? entry.value / total : 0);
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const text = (name: string) => {
    const entry = byName.get(name);
    return entry ? `${name}  ${figure(entry, share(entry))}` : name;
  };
  return {
    textStyle,
    tooltip: { trigger: 'item', formatter: (params: { name: string }) => text(params.name) },
    legend: { orient: 'vertical', left: 4, top: 'middle', itemWidth: 12, itemHeight: 10, itemGap: 8, textStyle: { ...textStyle, fontSize: 12 }, formatter: text },
    series: [{
      type: 'pie', center: ['78%', '50%'], radius: ['30%', '58%'], label: { show: false }, labelLine: { show: false },
      data: entries.map((entry) => ({ name: entry.name, value: entry.value, ...(entry.colour ? { itemStyle: { color: entry.colour } } : {}) })),
    }],
  };
}
