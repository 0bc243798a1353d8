/** Small pieces shared by the pages: error notice, progress chart (SVG), verdict badge. */
import { ApiError } from '../api.ts';
import { formatPercent } from '../format.ts';

export function ErrorNotice({ error }: { error: unknown }) {
  const message =
    error instanceof ApiError ? error.message : 'Đã xảy ra lỗi không mong muốn. Tải lại trang rồi thử lại.';
  return (
    <p className="notice error" role="alert">
      {message}
    </p>
  );
}

export function Verdict({ met, atRisk }: { met: boolean | null; atRisk?: boolean | null }) {
  if (met === null) return <span className="badge duplicate">Chưa đánh giá</span>;
  if (met) return <span className="badge met">Đạt</span>;
  return <span className="badge unmet">{atRisk ? 'Chưa đạt · nguy cơ' : 'Chưa đạt'}</span>;
}

export interface Bar {
  label: string;
  rate: number | null;
  target: number | null;
}

/**
 * Horizontal bars of rate against target, one per row, with the target as a tick: the same picture as the
 * report's chart. Values above 100 % are clipped to the axis (the table shows the number).
 */
export function RateChart({ bars, title }: { bars: Bar[]; title: string }) {
  const labelWidth = 210;
  const width = 640;
  const plot = width - labelWidth - 70;
  const rowHeight = 28;
  const height = bars.length * rowHeight + 34;
  const x = (rate: number) => labelWidth + Math.min(1, Math.max(0, rate)) * plot;
  return (
    <figure className="chart card">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="chart-title chart-desc" width={width}>
        <title id="chart-title">{title}</title>
        <desc id="chart-desc">
          {bars.map((b) => `${b.label}: ${formatPercent(b.rate)}, chỉ tiêu ${formatPercent(b.target)}`).join('; ')}
        </desc>
        {[0, 0.25, 0.5, 0.75, 1].map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={4} y2={height - 24} stroke="#d0d7de" />
            <text x={x(t)} y={height - 8} fontSize="11" textAnchor="middle" fill="#57606a">
              {Math.round(t * 100)} %
            </text>
          </g>
        ))}
        {bars.map((bar, i) => {
          const y = 8 + i * rowHeight;
          const met = bar.rate !== null && bar.target !== null && bar.rate >= bar.target;
          return (
            <g key={bar.label}>
              <text x={labelWidth - 8} y={y + 14} fontSize="12" textAnchor="end" fill="#1b1f24">
                {bar.label.length > 30 ? `${bar.label.slice(0, 29)}…` : bar.label}
              </text>
              <rect x={labelWidth} y={y + 2} width={plot} height={16} fill="#eef1f4" />
              {bar.rate !== null && (
                <rect
                  x={labelWidth}
                  y={y + 2}
                  width={Math.max(1, x(bar.rate) - labelWidth)}
                  height={16}
                  fill={bar.target === null ? '#0b5cad' : met ? '#1a7f37' : '#b42318'}
                />
              )}
              {bar.target !== null && (
                <line x1={x(bar.target)} x2={x(bar.target)} y1={y - 1} y2={y + 21} stroke="#1b1f24" strokeWidth="2" />
              )}
              <text x={labelWidth + plot + 6} y={y + 14} fontSize="12" fill="#1b1f24">
                {formatPercent(bar.rate)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">
        Thanh màu: tỷ lệ số hóa (xanh lá: đạt, đỏ: chưa đạt); vạch đen: chỉ tiêu năm.
      </figcaption>
    </figure>
  );
}
