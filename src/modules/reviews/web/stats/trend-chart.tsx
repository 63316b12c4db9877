import { DECIDED_LEVELS, type DecidedLevel } from '../../reviews.schemas.js';
import type { StatsTrendPoint } from '../../reviews-stats.contract.js';

/** One colour per level, distinguishable in grey too (dark → light from best to worst, red for KHT). */
export const LEVEL_COLORS: Record<DecidedLevel, string> = {
  HTXS: '#1d4e89',
  HTT: '#3f88c5',
  HT: '#9cc5e8',
  KHT: '#c0392b',
  NOT_RATED: '#b0b0b0',
};

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { top: 12, right: 12, bottom: 28, left: 48 };
/** Grid lines per axis, the most of these that falls on whole counts (the axis maximum divides by it). */
const TICK_COUNTS = [5, 4, 2, 1] as const;

/** A "nice" axis maximum (1, 2, 5 × 10^k) at or above `n`. */
function niceMax(n: number): number {
  if (n <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(n));
  return ([1, 2, 5, 10].map((m) => m * p).find((m) => m >= n) ?? 10 * p) as number;
}

/** How many intervals the axis has: counts are whole, so no tick at 1.25 or 2.5 (shown rounded, wrong). */
function tickCount(max: number): number {
  return TICK_COUNTS.find((t) => Number.isInteger(max / t)) ?? 1;
}

/**
 * Stacked bars per year (plain SVG, no chart library): each bar stacks the counts of each level. The SVG
 * has a <title> and <desc>; the same numbers are in a table under it for screen readers and printing.
 */
export function TrendChart(props: {
  points: readonly StatsTrendPoint[];
  label: string;
  levelLabel: (l: DecidedLevel) => string;
  format: (n: number) => string;
}) {
  const { points, label, levelLabel, format } = props;
  const max = niceMax(Math.max(0, ...points.map((p) => p.total)));
  const ticks = tickCount(max);
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const slot = innerW / Math.max(1, points.length);
  const barW = Math.min(56, slot * 0.6);
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="trend-chart-title trend-chart-desc"
        style={{ width: '100%', maxWidth: WIDTH, height: 'auto', display: 'block' }}
        data-testid="trend-chart"
      >
        <title id="trend-chart-title">{label}</title>
        <desc id="trend-chart-desc">
          {points.map((p) => `${p.year}: ${DECIDED_LEVELS.map((l) => `${levelLabel(l)} ${p.counts[l]}`).join(', ')}`).join('; ')}
        </desc>
        {Array.from({ length: ticks + 1 }, (_, i) => {
          const v = (max / ticks) * i;
          return (
            <g key={i}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} stroke="#e5e5e5" />
              <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize={11} fill="#555">
                {format(Math.round(v))}
              </text>
            </g>
          );
        })}
        {points.map((p, i) => {
          const x = PAD.left + slot * i + (slot - barW) / 2;
          let acc = 0;
          return (
            <g key={p.year}>
              {DECIDED_LEVELS.map((l) => {
                const from = acc;
                acc += p.counts[l];
                if (p.counts[l] === 0) return null;
                return (
                  <rect key={l} x={x} width={barW} y={y(acc)} height={y(from) - y(acc)} fill={LEVEL_COLORS[l]}>
                    <title>{`${p.year} — ${levelLabel(l)}: ${format(p.counts[l])}`}</title>
                  </rect>
                );
              })}
              <text x={x + barW / 2} y={HEIGHT - 10} textAnchor="middle" fontSize={12} fill="#333">
                {p.year}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption style={{ display: 'flex', flexWrap: 'wrap', gap: 12, fontSize: 13, marginTop: 4 }}>
        {DECIDED_LEVELS.map((l) => (
          <span key={l} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
            <span aria-hidden style={{ width: 12, height: 12, background: LEVEL_COLORS[l], display: 'inline-block' }} />
            {levelLabel(l)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
