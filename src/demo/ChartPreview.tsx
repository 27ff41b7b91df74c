/** A small SVG drawing of a line chart of the workbook (the preview's stand-in for Excel's chart). */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { PreviewChart } from './charts';

const COLORS = ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47'];
const W = 520;
const H = 260;
const PAD = { left: 40, right: 16, top: 16, bottom: 48 };

const useStyles = makeStyles({
  figure: {
    margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS,
    border: `1px solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalS, width: 'fit-content',
  },
  legend: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  key: { display: 'inline-flex', alignItems: 'center', gap: '4px' },
  swatch: { width: '12px', height: '3px', display: 'inline-block' },
});

export function ChartPreview({ chart }: { chart: PreviewChart }) {
  const styles = useStyles();
  const all = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max = Math.max(1, ...all);
  const n = chart.categories.length;
  const x = (i: number) => PAD.left + (n <= 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (n - 1));
  const y = (v: number) => H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom);
  const ticks = [0, Math.round(max / 2), max];
  return (
    <figure className={styles.figure} data-testid="preview-chart">
      <figcaption>
        <Caption1>
          <strong>{chart.title}</strong> (graphique en courbes, {n} point{n > 1 ? 's' : ''})
        </Caption1>
      </figcaption>
      <svg width={W} height={H} role="img" aria-label={`Graphique : ${chart.title}`}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="#E0E0E0" />
            <text x={PAD.left - 6} y={y(t) + 4} fontSize="10" textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        {chart.categories.map((c, i) => (
          <text key={`${c}-${i}`} x={x(i)} y={H - PAD.bottom + 16} fontSize="10" textAnchor="middle">
            {c}
          </text>
        ))}
        {chart.series.map((s, k) => {
          const color = COLORS[k % COLORS.length];
          const pts = s.values.map((v, i) => (v === null ? null : ([x(i), y(v)] as const))).filter((p) => p !== null);
          return (
            <g key={s.name}>
              <polyline fill="none" stroke={color} strokeWidth={2} points={pts.map((p) => p.join(',')).join(' ')} />
              {pts.map(([px, py], i) => (
                <circle key={i} cx={px} cy={py} r={3} fill={color} />
              ))}
            </g>
          );
        })}
      </svg>
      <div className={styles.legend}>
        {chart.series.map((s, k) => (
          <Caption1 key={s.name} className={styles.key}>
            <span className={styles.swatch} style={{ backgroundColor: COLORS[k % COLORS.length] }} />
            {s.name}
          </Caption1>
        ))}
      </div>
    </figure>
  );
}
