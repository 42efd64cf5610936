import { z } from 'zod';
import {
  Chart,
  CreateChartEntry,
  ReconcileItem,
  SetAllergyStatus,
  TimelinePage,
  TimelineQuery,
  UpdateChartEntry,
} from '../chart';
import { Id } from '../common';
import { OutsideResults } from '../outside-results';
import { endpoint, IdParam } from './endpoint';

const EntryParams = z.object({ id: Id, entryId: Id });

/** The patient chart: header, lists, intake reconciliation and the timeline. */
export const CHART_API = {
  getChart: endpoint({
    method: 'GET',
    path: '/api/patients/:id/chart',
    summary:
      'The chart: header for staff and the patient; lists and intake items for clinicians (lists also for the patient)',
    tag: 'chart',
    auth: 'user',
    params: IdParam,
    response: Chart,
  }),
  getTimeline: endpoint({
    method: 'GET',
    path: '/api/patients/:id/timeline',
    summary:
      'Visits, notes and addenda, intakes and check-ins, newest first, paged with a cursor (clinicians)',
    tag: 'chart',
    auth: 'user',
    params: IdParam,
    query: TimelineQuery,
    response: TimelinePage,
  }),
  addChartEntry: endpoint({
    method: 'POST',
    path: '/api/patients/:id/chart/entries',
    summary: 'Add a problem, medication, allergy or history entry (clinicians)',
    tag: 'chart',
    auth: 'user',
    status: 201,
    params: IdParam,
    body: CreateChartEntry,
    response: Chart,
  }),
  updateChartEntry: endpoint({
    method: 'PUT',
    path: '/api/patients/:id/chart/entries/:entryId',
    summary: 'Edit or mark inactive with the version read (409 stale_chart_entry); entries are never deleted',
    tag: 'chart',
    auth: 'user',
    params: EntryParams,
    body: UpdateChartEntry,
    response: Chart,
  }),
  setAllergyStatus: endpoint({
    method: 'PUT',
    path: '/api/patients/:id/chart/allergy-status',
    summary: 'Record "no known allergies" with the version read (409 stale_allergy_status)',
    tag: 'chart',
    auth: 'user',
    params: IdParam,
    body: SetAllergyStatus,
    response: Chart,
  }),
  listOutsideResults: endpoint({
    method: 'GET',
    path: '/api/patients/:id/outside-results',
    summary:
      'Results from other systems, as a FHIR import sent them, latest first (read-only; clinicians and the patient)',
    tag: 'chart',
    auth: 'user',
    params: IdParam,
    response: OutsideResults,
  }),
  reconcileIntakeItem: endpoint({
    method: 'POST',
    path: '/api/patients/:id/chart/reconcile',
    summary: 'Add an item the patient reported at intake to the chart, or dismiss it (idempotent)',
    tag: 'chart',
    auth: 'user',
    params: IdParam,
    body: ReconcileItem,
    response: Chart,
  }),
} as const;
