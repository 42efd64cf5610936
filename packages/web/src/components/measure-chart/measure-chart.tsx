/**
 * One outcome measure over time (@visx): the scores joined by a line, each point labelled with its score, the
 * baseline as a dashed line, the band of meaningful improvement from the baseline as a hatched area, and the
 * plan's visits as dotted markers. Nothing is told by colour alone (labels, hatching, dash patterns), and a table
 * beside it says the same for screen readers. Loaded in a chunk of its own (`lazy-measure-chart.tsx`).
 */
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { PatternLines } from '@visx/pattern';
import { scaleLinear, scaleTime } from '@visx/scale';
import { Line, LinePath } from '@visx/shape';
import type { MeasureTrend } from '@omt/contracts';
import './measure-chart.css';

export interface MeasureChartLabels {
  /** e.g. "Date" */
  date: string;
  score: string;
  /** e.g. "Baseline {value}" */
  baseline: (value: string) => string;
  /** e.g. "Meaningful improvement: {value} or lower" */
  improvement: (value: string) => string;
  noImprovementRule: string;
  /** The marker of the plan's n-th visit, e.g. "Visit 2". */
  visit: (n: number) => string;
  /** The table's column of the visit an answer was given for. */
  visitColumn: string;
  /** Caption of the table. */
  tableCaption: (name: string) => string;
  /** A point's visit column, e.g. "At visit 2" or "". */
  atVisit: (n: number | null) => string;
  formatDate: (instant: string) => string;
}

export interface MeasureChartProps {
  trend: MeasureTrend;
  visits: readonly { appointmentId: string; start: string; done: boolean }[];
  labels: MeasureChartLabels;
  /** The language of the measure's name (the validated instruments keep their English names). */
  nameLang?: string;
}

const WIDTH = 560;
const HEIGHT = 240;
const M = { top: 16, right: 24, bottom: 36, left: 40 };
const DAY = 86_400_000;

export function MeasureChart({ trend, visits, labels, nameLang }: MeasureChartProps) {
  const times = [...trend.points.map((p) => Date.parse(p.at)), ...visits.map((v) => Date.parse(v.start))];
  const first = Math.min(...times);
  const last = Math.max(...times, first + DAY);
  const x = scaleTime({
    domain: [new Date(first - DAY), new Date(last + DAY)],
    range: [0, WIDTH - M.left - M.right],
  });
  const y = scaleLinear({
    domain: [trend.scale.min, trend.scale.max],
    range: [HEIGHT - M.top - M.bottom, 0],
  });
  const innerW = WIDTH - M.left - M.right;
  const visitNo = new Map(visits.map((v, i) => [v.appointmentId, i + 1]));
  const patternId = `mcid-${trend.measure}`;
  const threshold = trend.threshold;
  const summary =
    trend.threshold === null ? labels.noImprovementRule : labels.improvement(String(trend.threshold));
  return (
    <figure className="measure-chart">
      <figcaption>
        <strong lang={nameLang}>{trend.name}</strong>
        {trend.baseline !== null && <> · {labels.baseline(String(trend.baseline))}</>} · {summary}
      </figcaption>
      <svg
        width={WIDTH}
        height={HEIGHT}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        aria-hidden="true"
        focusable="false"
      >
        <PatternLines
          id={patternId}
          height={8}
          width={8}
          stroke="currentColor"
          strokeWidth={1}
          orientation={['diagonal']}
        />
        <Group left={M.left} top={M.top}>
          {threshold !== null && (
            <g className="measure-chart-band">
              <rect
                x={0}
                y={y(threshold)}
                width={innerW}
                height={y(trend.scale.min) - y(threshold)}
                fill={`url(#${patternId})`}
                opacity={0.35}
              />
              <text x={innerW - 4} y={y(threshold) + 12} textAnchor="end" fontSize={11}>
                {labels.improvement(String(threshold))}
              </text>
            </g>
          )}
          {trend.baseline !== null && (
            <g className="measure-chart-baseline">
              <Line
                from={{ x: 0, y: y(trend.baseline) }}
                to={{ x: innerW, y: y(trend.baseline) }}
                stroke="currentColor"
                strokeDasharray="6 4"
              />
              <text x={innerW - 4} y={y(trend.baseline) - 4} textAnchor="end" fontSize={11}>
                {labels.baseline(String(trend.baseline))}
              </text>
            </g>
          )}
          {visits.map((v, i) => {
            const vx = x(new Date(v.start));
            return (
              <g key={v.appointmentId} className="measure-chart-visit">
                <Line
                  from={{ x: vx, y: 0 }}
                  to={{ x: vx, y: y(trend.scale.min) }}
                  stroke="currentColor"
                  strokeDasharray="1 3"
                />
                <text x={vx + 2} y={10} fontSize={10}>
                  {labels.visit(i + 1)}
                </text>
              </g>
            );
          })}
          <LinePath
            data={trend.points}
            x={(p) => x(new Date(p.at))}
            y={(p) => y(p.score)}
            stroke="currentColor"
            strokeWidth={2}
          />
          {trend.points.map((p, i) => (
            <g key={i} className="measure-chart-point">
              <rect x={x(new Date(p.at)) - 4} y={y(p.score) - 4} width={8} height={8} fill="currentColor" />
              <text
                x={x(new Date(p.at))}
                y={y(p.score) - 8}
                textAnchor="middle"
                fontSize={12}
                fontWeight="bold"
              >
                {p.score}
              </text>
            </g>
          ))}
          <AxisLeft scale={y} numTicks={5} label={labels.score} />
          <AxisBottom
            top={y(trend.scale.min)}
            scale={x}
            numTicks={4}
            tickFormat={(d) => labels.formatDate((d as Date).toISOString())}
          />
        </Group>
      </svg>
      <table className="measure-chart-table">
        <caption>{labels.tableCaption(trend.name)}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.date}</th>
            <th scope="col">{labels.score}</th>
            <th scope="col">{labels.visitColumn}</th>
          </tr>
        </thead>
        <tbody>
          {trend.points.map((p, i) => (
            <tr key={i}>
              <th scope="row">{labels.formatDate(p.at)}</th>
              <td>
                {p.score} / {trend.scale.max}
              </td>
              <td>{labels.atVisit(p.appointmentId ? (visitNo.get(p.appointmentId) ?? null) : null)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
