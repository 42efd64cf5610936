import type { KeyboardEvent } from 'react';
import type { RegionId } from '@omt/domain';
import { REGION_LABELS } from '../../labels';
import { OUTLINES, REGION_SHAPES, type RegionShape, type View } from './body-map-shapes';
import { findingsOf, summaryOf, type ExamRows } from './exam-rows';

interface Props {
  rows: ExamRows;
  selected: ReadonlySet<RegionId>;
  onToggle: (region: RegionId) => void;
}

const VIEW_NAMES: Record<View, string> = { front: 'Front', back: 'Back' };

function RegionButton({ shape, rows, selected, onToggle }: { shape: RegionShape } & Props) {
  const row = rows[shape.region];
  const marked = findingsOf(row).length > 0;
  const pressed = selected.has(shape.region);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onToggle(shape.region);
  };
  const [x, y] = shape.at;
  return (
    <g
      role="button"
      tabIndex={0}
      aria-pressed={pressed}
      aria-label={`${REGION_LABELS[shape.region]}: ${summaryOf(row)}`}
      className={`map-region${marked ? ' has-findings' : ''}`}
      data-region={shape.region}
      onClick={() => onToggle(shape.region)}
      onKeyDown={onKeyDown}
    >
      {shape.paths.map((d) => (
        <path key={d} d={d} className="map-shape" />
      ))}
      <text x={x} y={y} className="map-label" textAnchor="middle" aria-hidden="true">
        {marked ? `✱${shape.label}` : shape.label}
      </text>
    </g>
  );
}

function Figure({ view, ...props }: { view: View } & Props) {
  const id = `body-map-${view}`;
  return (
    <div className="map-view">
      <p className="map-view-name" id={`${id}-name`}>
        {VIEW_NAMES[view]}
      </p>
      <svg viewBox="0 0 200 400" role="group" aria-labelledby={`${id}-name`} focusable="false">
        {view === 'front' && (
          <defs>
            <pattern
              id="map-hatch"
              width="8"
              height="8"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="8" height="8" className="map-hatch-bg" />
              <line x1="0" y1="0" x2="0" y2="8" className="map-hatch-line" />
            </pattern>
          </defs>
        )}
        {OUTLINES[view].map((d) => (
          <path key={d} d={d} className="map-outline" aria-hidden="true" />
        ))}
        {REGION_SHAPES.filter((s) => s.view === view).map((shape) => (
          <RegionButton key={shape.region} shape={shape} {...props} />
        ))}
      </svg>
    </div>
  );
}

/**
 * A figure of the 10 OMT regions, front and back: an aid beside the exam table, never the only way
 * in. Each region is a button (Enter or Space) that selects it and takes you to its row.
 */
export function BodyMap(props: Props) {
  return (
    <div className="body-map">
      <div className="map-figures">
        <Figure view="front" {...props} />
        <Figure view="back" {...props} />
      </div>
      <div className="map-legend">
        <p id="body-map-help">
          Choose a body region on the figure (click, or Enter/Space) to select it and jump to its row in the
          table.
        </p>
        <ul className="plain-list">
          <li>
            <span className="legend-swatch legend-findings" aria-hidden="true">
              ✱
            </span>{' '}
            Hatched with ✱: TART findings recorded
          </li>
          <li>
            <span className="legend-swatch legend-selected" aria-hidden="true" /> Thick outline: selected
          </li>
          <li>UE / LE: upper / lower extremities</li>
        </ul>
      </div>
    </div>
  );
}
