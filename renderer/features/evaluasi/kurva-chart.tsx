/** The unit's spread of predikat (percent of the rated) beside the circular's limit, as bars. */
import { BarChart } from '@mantine/charts';
import type { KurvaChartRow } from './kurva-chart-data.js';
import { useLang } from '../../i18n/i18n.js';
import { formatPercent } from './labels.js';

export function KurvaChart({ rows, unitLabel, batasLabel }: { rows: KurvaChartRow[]; unitLabel: string; batasLabel: string }) {
  const { lang } = useLang();
  const hasBatas = rows.some((r) => r.batas !== null);
  return (
    <BarChart
      h={260}
      data={rows.map((r) => ({ predikat: r.predikat, unit: r.unit, batas: r.batas ?? 0 }))}
      dataKey="predikat"
      series={[{ name: 'unit', label: unitLabel, color: 'teal.6' }, ...(hasBatas ? [{ name: 'batas', label: batasLabel, color: 'gray.5' }] : [])]}
      withLegend
      yAxisProps={{ domain: [0, 100] }}
      // Every predikat keeps its label under its bars (the law's words, never skipped).
      xAxisProps={{ interval: 0, angle: -15, textAnchor: 'end', height: 44, tick: { fontSize: 11 } }}
      valueFormatter={(v) => formatPercent(v, lang)}
      data-testid="kurva-chart"
    />
  );
}
