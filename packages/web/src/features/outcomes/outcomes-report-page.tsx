import { useId, useState, type FormEvent } from 'react';
import type { OutcomesReport, OutcomesReportQuery } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { REPORT_CONDITIONS, type ReportCondition } from '@omt/domain';
import { useApiQuery } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { TextField } from '../../components/choice-group';
import { ErrorAlert, LoadState, useFieldMessage } from '../../components/messages';
import { formatDateTime } from '../../time';

type Filters = { from: string; to: string; locationId: string; providerId: string; condition: string };
const NO_FILTERS: Filters = { from: '', to: '', locationId: '', providerId: '', condition: '' };

function queryOf(f: Filters): OutcomesReportQuery {
  return {
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(f.locationId ? { locationId: f.locationId } : {}),
    ...(f.providerId ? { providerId: f.providerId } : {}),
    ...(f.condition ? { condition: f.condition as ReportCondition } : {}),
  };
}

/** One filter of the report: a labelled list whose first choice is "all". */
function FilterSelect(props: {
  id: string;
  label: string;
  all: string;
  value: string;
  onChange: (e: { target: { value: string } }) => void;
  options: { value: string; label: string }[];
}) {
  return (
    <TextField id={props.id} label={props.label}>
      {(aria) => (
        <select {...aria} value={props.value} onChange={props.onChange}>
          <option value="">{props.all}</option>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </TextField>
  );
}

function share(count: number, of: number): string {
  if (of === 0) return '—';
  return `${Math.round((count / of) * 100)} % (${count} of ${of})`;
}

function signed(n: number | null): string {
  if (n === null) return '—';
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';
}

function Figures({ report }: { report: OutcomesReport }) {
  const { plans, painByVisit4: v4, painAtDischarge: dc, adverseEvents: ae, visits } = report;
  return (
    <>
      <div className="table-wrap">
        <table>
          <caption>Pain relief (plans with a baseline pain rating and a later one)</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">30 % less pain</th>
              <th scope="col">2 points less pain (MCID)</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">By visit 4</th>
              <td>{share(v4.reachedRelief, v4.plans)}</td>
              <td>{share(v4.reachedMcid, v4.plans)}</td>
            </tr>
            <tr>
              <th scope="row">At discharge</th>
              <td>{share(dc.reachedRelief, dc.plans)}</td>
              <td>{share(dc.reachedMcid, dc.plans)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <div className="table-wrap">
        <table>
          <caption>Mean change from baseline to the latest score (lower is better)</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Mean change</th>
              <th scope="col">Plans</th>
            </tr>
          </thead>
          <tbody>
            {report.measures.map((m) => (
              <tr key={m.measure}>
                <th scope="row">{m.name}</th>
                <td>{m.meanChange === null ? '—' : `${signed(m.meanChange)} ${m.unit}`}</td>
                <td>{m.plans}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-wrap">
        <table>
          <caption>Plans, visits and adverse events</caption>
          <tbody>
            <tr>
              <th scope="row">Plans</th>
              <td>
                {plans.total}: {plans.completed} completed, {plans.abandoned} abandoned, {plans.active} active
              </td>
            </tr>
            <tr>
              <th scope="row">No-shows</th>
              <td>{share(visits.noShows, visits.past)} of past plan visits</td>
            </tr>
            <tr>
              <th scope="row">Soreness beyond 3 days</th>
              <td>{share(ae.prolongedSoreness, ae.checkIns)} of check-ins</td>
            </tr>
            <tr>
              <th scope="row">New symptoms needing action</th>
              <td>{share(ae.newSymptoms, ae.checkIns)} of check-ins</td>
            </tr>
            <tr>
              <th scope="row">Plans with an adverse event</th>
              <td>{share(ae.plansAffected, plans.total)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <details>
        <summary>How each figure is counted</summary>
        <dl>
          {report.definitions.map((d) => (
            <div key={d.figure}>
              <dt>{d.figure}</dt>
              <dd>{d.rule}</dd>
            </div>
          ))}
        </dl>
      </details>
      <section aria-labelledby="published-title">
        <h2 id="published-title">Published trial results</h2>
        <p>
          <strong>Not a like-for-like comparison.</strong> These are results of controlled trials, with
          selected patients, fixed treatment schedules and their own ways of measuring; the clinic&apos;s
          figures above come from its everyday patients.
        </p>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Published trial results</caption>
            <thead>
              <tr>
                <th scope="col">Trial</th>
                <th scope="col">Outcome</th>
                <th scope="col">With OMT</th>
                <th scope="col">Comparison</th>
              </tr>
            </thead>
            <tbody>
              {report.published.map((f) => (
                <tr key={`${f.trial}-${f.outcome}`}>
                  <th scope="row">
                    {f.trial}
                    <br />
                    <small>
                      {f.design}. {f.source}
                    </small>
                  </th>
                  <td>{f.outcome}</td>
                  <td>{f.omt}</td>
                  <td>{f.comparison}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

/** Physicians and admins: how the clinic's plans of care turn out, with filters and a CSV export. */
export function OutcomesReportPage() {
  usePageTitle('How is the clinic doing');
  const id = useId();
  const fieldMessage = useFieldMessage();
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [applied, setApplied] = useState<Filters>(NO_FILTERS);
  const locations = useApiQuery(API.locations);
  const providers = useApiQuery(API.providers);
  const query = queryOf(applied);
  const report = useApiQuery(API.outcomesReport, { query });
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setApplied(draft);
  };
  const set = (key: keyof Filters) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [key]: e.target.value });
  const fromError = fieldMessage(report.error, 'from');
  const toError = fieldMessage(report.error, 'to');
  const csv = `/api/outcomes-report.csv?${new URLSearchParams(query).toString()}`;
  return (
    <>
      <h1>How is the clinic doing</h1>
      <p>
        Plans of care started in the chosen days, from the consultations at the location and with the provider
        chosen. Dates are days in {report.data?.zone ?? 'the location’s time zone'}.
      </p>
      <form className="card filters" onSubmit={apply} noValidate aria-label="Filters">
        <TextField id={`${id}-from`} label="Plans started from" field="from" error={fromError}>
          {(aria) => <input {...aria} type="date" value={draft.from} onChange={set('from')} />}
        </TextField>
        <TextField id={`${id}-to`} label="to (included)" field="to" error={toError}>
          {(aria) => <input {...aria} type="date" value={draft.to} onChange={set('to')} />}
        </TextField>
        <FilterSelect
          id={`${id}-location`}
          label="Location"
          all="All locations"
          value={draft.locationId}
          onChange={set('locationId')}
          options={(locations.data ?? []).map((l) => ({ value: l.id, label: l.name }))}
        />
        <FilterSelect
          id={`${id}-provider`}
          label="Provider"
          all="All providers"
          value={draft.providerId}
          onChange={set('providerId')}
          options={(providers.data ?? []).map((p) => ({ value: p.id, label: p.displayName }))}
        />
        <FilterSelect
          id={`${id}-condition`}
          label="Condition"
          all="All conditions"
          value={draft.condition}
          onChange={set('condition')}
          options={Object.entries(REPORT_CONDITIONS).map(([code, c]) => ({ value: code, label: c.label }))}
        />
        <div className="button-row">
          <button type="submit">Show</button>
          <a className="button-secondary" href={csv} download="outcomes-report.csv">
            Download CSV
          </a>
        </div>
      </form>
      <ErrorAlert error={fromError || toError ? null : report.error} title="Cannot show the report:" />
      {report.data ? (
        <div aria-busy={report.loading}>
          <p className="hint">
            Figures as of {formatDateTime(report.data.asOf, report.data.zone)} ({report.data.zone}); reload
            after a minute for newer ones.
          </p>
          <Figures report={report.data} />
        </div>
      ) : (
        !report.error && <LoadState loading={report.loading} error={null} what="the report" />
      )}
    </>
  );
}
