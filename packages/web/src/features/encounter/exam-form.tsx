import { useEffect, useState, type FormEvent } from 'react';
import type { Encounter } from '@omt/contracts';
import { API } from '../../api/endpoints';
import type { RegionId } from '@omt/domain';
import { ApiError, call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/messages';
import { BodyMap } from './body-map';
import {
  changedRow,
  documentedRegions,
  rowFieldOf,
  rowsOf,
  toBody,
  unconfirmedCopies,
  type ExamRow,
} from './exam-rows';
import { CopyForward } from './copy-forward';
import { ExamTable, examRowId, type RowError } from './exam-table';
import { useUnsavedChanges } from './unsaved-changes';

/** The server's `regions.N.<field>` error, attached to the row it is about. */
function rowErrorOf(error: unknown, sent: readonly RegionId[]): RowError | null {
  if (!(error instanceof ApiError)) return null;
  const at = rowFieldOf(error.field, sent);
  if (!at) return null;
  const prefix = `${error.field ?? ''}: `;
  return {
    ...at,
    message: error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message,
  };
}

interface Jump {
  region: RegionId;
  key?: string;
}

/** Moves to a region's row: its first control while editing, its heading when read-only. */
function focusRow({ region, key }: Jump) {
  const row = document.getElementById(examRowId(region));
  if (!row) return;
  const target =
    (key ? document.getElementById(`exam-${key}-${region}`) : null) ??
    row.querySelector<HTMLElement>('input, select') ??
    row.querySelector<HTMLElement>('th');
  row.scrollIntoView({ block: 'center' });
  target?.focus({ preventScroll: true });
}

/** Structural exam (PUT exam): TART, severity and segment per region, with a body map as an aid. */
export function ExamForm({
  encounter,
  readOnly,
  onSaved,
}: {
  encounter: Encounter;
  readOnly: boolean;
  onSaved: (e: Encounter) => void;
}) {
  const [rows, setRows] = useState(() => rowsOf(encounter.exam));
  const [selected, setSelected] = useState<ReadonlySet<RegionId>>(new Set());
  const [jumpTo, setJumpTo] = useState<Jump | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<RegionId[]>([]);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (jumpTo) focusRow(jumpTo);
  }, [jumpTo]);
  const unsaved =
    !readOnly && JSON.stringify(toBody(rows)) !== JSON.stringify(toBody(rowsOf(encounter.exam)));
  useUnsavedChanges('exam', unsaved);

  const change = (region: RegionId, patch: Partial<ExamRow>) => {
    setSaved(false);
    setRows((prev) => ({ ...prev, [region]: changedRow(prev[region], patch) }));
  };
  const toggle = (region: RegionId) => {
    const next = new Set(selected);
    if (next.has(region)) next.delete(region);
    else {
      next.add(region);
      setJumpTo({ region });
    }
    setSelected(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const regions = documentedRegions(rows);
    setBusy(true);
    setError(null);
    setSent(regions);
    try {
      const next = await call(API.saveExam, {
        params: { id: encounter.id },
        body: { regions: toBody(rows) },
      });
      setRows(rowsOf(next.exam)); // the server's canonical spelling, e.g. `l4 frrsr` → `L4 FRrSr`
      onSaved(next);
      setSaved(true);
    } catch (err) {
      setError(err);
      const at = rowErrorOf(err, regions);
      if (at) setJumpTo(at);
    } finally {
      setBusy(false);
    }
  };
  const rowError = rowErrorOf(error, sent);

  return (
    <section aria-labelledby="exam-heading" className="card">
      <h2 id="exam-heading">2. Exam: structural findings (TART)</h2>
      {!readOnly && (
        <CopyForward
          encounter={encounter}
          hasFindings={documentedRegions(rows).length > 0}
          onCopied={(next) => {
            setRows(rowsOf(next.exam));
            setSaved(false);
            onSaved(next);
          }}
        />
      )}
      {!readOnly && unconfirmedCopies(rows).length > 0 && (
        <p className="alert alert-warning" data-testid="copied-rows-hint">
          Rows marked “Copied from” repeat the last visit. Re-examine each region: tick “Re-examined, still
          true” or change the findings, then save the exam. The note cannot be signed until you do.
        </p>
      )}
      <BodyMap rows={rows} selected={selected} onToggle={toggle} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ExamTable
          rows={rows}
          readOnly={readOnly}
          selected={selected}
          rowError={rowError}
          onChange={change}
        />
        {!readOnly && (
          <p className="hint">
            Segment notation: segment, then F/E/N and rotation and sidebending with l/r, e.g.{' '}
            <span className="mono">L4 FRrSr</span> or <span className="mono">AA Rr</span>.
          </p>
        )}
        {error !== null && <ErrorAlert error={error} title="Exam not saved:" />}
        {saved && !readOnly && <StatusMessage>Exam saved.</StatusMessage>}
        {!readOnly && (
          <button type="submit" disabled={busy}>
            {busy ? 'Saving…' : 'Save exam'}
          </button>
        )}
      </form>
    </section>
  );
}
