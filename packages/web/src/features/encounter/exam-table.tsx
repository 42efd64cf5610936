import { REGION_IDS, type RegionId } from '@omt/domain';
import { FieldError } from '../../components/messages';
import { humanize, REGION_LABELS } from '../../labels';
import { FINDINGS, SEVERITIES, type ExamRow, type ExamRows } from './exam-rows';

export interface RowError {
  region: RegionId;
  key: string;
  message: string;
}

interface Props {
  rows: ExamRows;
  readOnly: boolean;
  selected: ReadonlySet<RegionId>;
  rowError: RowError | null;
  onChange: (region: RegionId, patch: Partial<ExamRow>) => void;
}

export const examRowId = (region: RegionId) => `exam-row-${region}`;

/** Column headings that may break inside a word (soft hyphens), so the table fits the laptop's two-column workspace. */
const FINDING_HEADINGS: Record<ExamFinding, string> = {
  tenderness: 'Tender\u00ADness',
  asymmetry: 'Asym\u00ADmetry',
  restriction: 'Restric\u00ADtion',
  tissueTexture: 'Tissue texture',
};
type ExamFinding = (typeof FINDINGS)[number]['key'];

function SegmentCell({
  region,
  row,
  error,
  onChange,
}: {
  region: RegionId;
  row: ExamRow;
  error?: string;
  onChange: Props['onChange'];
}) {
  const id = `exam-segment-${region}`;
  return (
    <td className="exam-segment">
      <label className="visually-hidden" htmlFor={id}>
        {REGION_LABELS[region]}: segment notation
      </label>
      <input
        id={id}
        type="text"
        maxLength={40}
        value={row.segment}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(region, { segment: e.target.value })}
      />
      <FieldError id={`${id}-error`} message={error} />
    </td>
  );
}

function SeverityCell({
  region,
  row,
  onChange,
}: {
  region: RegionId;
  row: ExamRow;
  onChange: Props['onChange'];
}) {
  const id = `exam-severity-${region}`;
  return (
    <td>
      <label className="visually-hidden" htmlFor={id}>
        {REGION_LABELS[region]}: severity
      </label>
      <select
        id={id}
        value={row.severity}
        onChange={(e) => onChange(region, { severity: SEVERITIES.find((s) => s === e.target.value) ?? '' })}
      >
        <option value="">Not graded</option>
        {SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {humanize(s)}
          </option>
        ))}
      </select>
    </td>
  );
}

function EditableRow({
  region,
  row,
  error,
  onChange,
}: {
  region: RegionId;
  row: ExamRow;
  error: RowError | null;
  onChange: Props['onChange'];
}) {
  const name = REGION_LABELS[region];
  return (
    <>
      {FINDINGS.map((f) => (
        <td key={f.key} className="center">
          <label className="cell-check">
            <input
              type="checkbox"
              checked={row[f.key]}
              onChange={(e) => onChange(region, { [f.key]: e.target.checked })}
            />
            <span className="visually-hidden">
              {name}: {f.label}
            </span>
          </label>
        </td>
      ))}
      <SeverityCell region={region} row={row} onChange={onChange} />
      <SegmentCell
        region={region}
        row={row}
        error={error?.key === 'segment' ? error.message : undefined}
        onChange={onChange}
      />
      <td className="exam-comment">
        <label className="visually-hidden" htmlFor={`exam-comment-${region}`}>
          {name}: comment
        </label>
        <input
          id={`exam-comment-${region}`}
          type="text"
          maxLength={1000}
          value={row.comment}
          onChange={(e) => onChange(region, { comment: e.target.value })}
        />
      </td>
    </>
  );
}

function ReadOnlyRow({ row }: { row: ExamRow }) {
  return (
    <>
      {FINDINGS.map((f) => (
        <td key={f.key} className="center">
          {row[f.key] ? '✓ Yes' : <span className="muted">No</span>}
        </td>
      ))}
      <td>{row.severity ? humanize(row.severity) : <span className="muted">Not graded</span>}</td>
      <td className="mono">{row.segment}</td>
      <td>{row.comment}</td>
    </>
  );
}

/** "Copied from <date>" on a row copied forward, with the confirmation that it was re-examined. */
function CopiedMark({
  region,
  row,
  readOnly,
  onChange,
}: {
  region: RegionId;
  row: ExamRow;
  readOnly: boolean;
  onChange: Props['onChange'];
}) {
  if (!row.copiedFrom) return null;
  return (
    <span className="copied-mark">
      <span className="badge badge-copied">Copied from {row.copiedFrom}</span>
      {readOnly ? (
        row.copyConfirmed && <span className="cell-hint">Re-examined and confirmed</span>
      ) : (
        <label className="cell-hint choice">
          <input
            type="checkbox"
            checked={row.copyConfirmed}
            onChange={(e) => onChange(region, { copyConfirmed: e.target.checked })}
          />
          <span>
            Re-examined, still true<span className="visually-hidden">: {REGION_LABELS[region]}</span>
          </span>
        </label>
      )}
    </span>
  );
}

/** The primary control of the exam: one row per OMT body region. */
export function ExamTable({ rows, readOnly, selected, rowError, onChange }: Props) {
  return (
    // Read-only, the table has no controls: the wrapper takes focus so it can be scrolled by keyboard.
    <div
      className="table-wrap"
      {...(readOnly ? { tabIndex: 0, role: 'region', 'aria-label': 'Exam findings by body region' } : {})}
    >
      <table className="exam-table">
        <caption>Findings by body region (tenderness, asymmetry, restriction, tissue texture)</caption>
        <thead>
          <tr>
            <th scope="col">Body region</th>
            {FINDINGS.map((f) => (
              <th scope="col" key={f.key}>
                {FINDING_HEADINGS[f.key]}
              </th>
            ))}
            <th scope="col">Severity</th>
            <th scope="col">
              Segment <span className="cell-hint">e.g. L4 FRrSr</span>
            </th>
            <th scope="col">Comment</th>
          </tr>
        </thead>
        <tbody>
          {REGION_IDS.map((region) => {
            const isSelected = selected.has(region);
            return (
              <tr key={region} id={examRowId(region)} className={isSelected ? 'row-selected' : undefined}>
                <th scope="row" tabIndex={-1}>
                  {REGION_LABELS[region]}
                  {isSelected && <span className="cell-hint">◆ Selected on the map</span>}
                  <CopiedMark region={region} row={rows[region]} readOnly={readOnly} onChange={onChange} />
                </th>
                {readOnly ? (
                  <ReadOnlyRow row={rows[region]} />
                ) : (
                  <EditableRow
                    region={region}
                    row={rows[region]}
                    error={rowError?.region === region ? rowError : null}
                    onChange={onChange}
                  />
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
