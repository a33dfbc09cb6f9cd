import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../lib/format';
import type { AnalyticsSummary } from '../lib/types';

type Day = AnalyticsSummary['salesByDay'][number];

/** Revenue per day as bars, hand-drawn SVG (no chart library); a table follows for screen readers. */
export function SalesChart({ days, money }: { days: Day[]; money: (n: number) => string }) {
  const { t: tr } = useTranslation('dashboard');
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(([entry]) => setWidth(Math.max(280, Math.floor(entry.contentRect.width))));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const height = 220;
  const pad = { top: 12, right: 8, bottom: 28, left: 64 };
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const max = Math.max(1, ...days.map((d) => d.revenue));
  const niceMax = niceCeil(max);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(niceMax * f));
  const slot = days.length ? innerW / days.length : innerW;
  const barW = Math.max(2, Math.min(40, slot * 0.7));
  const labelEvery = Math.max(1, Math.ceil(days.length / Math.max(2, Math.floor(innerW / 70))));
  const total = days.reduce((s, d) => s + d.revenue, 0);

  return (
    <div ref={ref}>
      <svg width={width} height={height} role="img" aria-label={tr('chart.label', { count: days.length, total: money(total) })} className="block">
        {ticks.map((t) => {
          const y = pad.top + innerH - (t / niceMax) * innerH;
          return (
            <g key={t}>
              <line x1={pad.left} x2={width - pad.right} y1={y} y2={y} stroke="#e2e8f0" />
              <text x={pad.left - 6} y={y + 4} textAnchor="end" fontSize="11" fill="#64748b">
                {money(t)}
              </text>
            </g>
          );
        })}
        {days.map((d, i) => {
          const h = (d.revenue / niceMax) * innerH;
          const x = pad.left + i * slot + (slot - barW) / 2;
          return (
            <g key={d.date}>
              <rect x={x} y={pad.top + innerH - h} width={barW} height={Math.max(0, h)} rx={2} fill="#6366f1">
                <title>{`${formatDate(d.date)}: ${money(d.revenue)}, ${d.orders} order${d.orders === 1 ? '' : 's'}`}</title>
              </rect>
              {i % labelEvery === 0 && (
                <text x={pad.left + i * slot + slot / 2} y={height - 8} textAnchor="middle" fontSize="11" fill="#64748b">
                  {d.date.slice(5)}
                </text>
              )}
            </g>
          );
        })}
        <line x1={pad.left} x2={width - pad.right} y1={pad.top + innerH} y2={pad.top + innerH} stroke="#94a3b8" />
      </svg>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-slate-600">{tr('chart.table')}</summary>
        <table className="mt-2 w-full text-left text-sm">
          <thead>
            <tr className="text-slate-600">
              <th className="py-1 font-medium">{tr('chart.date')}</th>
              <th className="py-1 font-medium">{tr('orders')}</th>
              <th className="py-1 text-right font-medium">{tr('revenue')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date} className="border-t border-slate-100">
                <td className="py-1">{formatDate(d.date)}</td>
                <td className="py-1">{d.orders}</td>
                <td className="py-1 text-right">{money(d.revenue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}

function niceCeil(n: number): number {
  const p = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= n) return m * p;
  return 10 * p;
}
