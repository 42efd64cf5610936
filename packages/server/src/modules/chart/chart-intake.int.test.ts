import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINK } from '@omt/fhir';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import {
  answer,
  bookFollowUp,
  openEncounter,
  patientIdOf,
  submitIntake,
  treatRegions,
  yesTo,
} from '../../test-support/factories';

const HISTORY = {
  [LINK.medications]: [{ valueString: 'Warfarin 5 mg daily\nIbuprofen 400 mg as needed' }],
  [LINK.allergies]: answer.yes,
  [LINK.allergyList]: [{ valueString: 'Penicillin - rash' }],
  [LINK.medicalHistory]: [{ valueString: 'Asthma' }],
  [LINK.surgicalHistory]: [{ valueString: 'Appendectomy 2015' }],
};

interface Item {
  intakeId: string;
  key: string;
  kind: string;
  name: string;
}

describe.each(TEST_DATABASES)('chart: intake reconciliation and the timeline on $name', (kind) => {
  let t: TestApp;
  let still: string;
  let alex: string;
  let appointmentId: string;
  let encounterId: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    still = await t.login('dr.still@demo.clinic');
    alex = await patientIdOf(t, 'alex@demo.clinic');
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    appointmentId = appt.id;
    const r = await submitIntake(t, await t.login('alex@demo.clinic'), appt.id, HISTORY);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  });
  afterAll(() => t.close());

  const chart = async () => (await t.call(still, 'GET', `/api/patients/${alex}/chart`)).body;
  const reconcile = (item: Item, decision: string, token = still) =>
    t.call(token, 'POST', `/api/patients/${alex}/chart/reconcile`, {
      intakeId: item.intakeId,
      key: item.key,
      decision,
    });

  it('stores the reported medicines, allergies and history with the intake answers and lists them "from intake"', async () => {
    const items = (await chart()).fromIntake as Item[];
    expect(items.map((i) => [i.kind, i.name])).toEqual([
      ['medication', 'Warfarin 5 mg daily'],
      ['medication', 'Ibuprofen 400 mg as needed'],
      ['allergy', 'Penicillin'],
      ['medical_history', 'Asthma'],
      ['surgical_history', 'Appendectomy'],
    ]);
    const intake = await t.call(still, 'GET', `/api/appointments/${appointmentId}/intake`);
    const ids = (
      intake.body.questionnaireResponse.item as { linkId: string; item?: { linkId: string }[] }[]
    ).flatMap((i) => [i.linkId, ...(i.item ?? []).map((x) => x.linkId)]);
    expect(ids).toEqual(expect.arrayContaining([LINK.medications, LINK.allergyList, LINK.surgicalHistory]));
  });

  it('adding an item puts it in the chart once, however often it is sent, and audits each decision', async () => {
    const warfarin = ((await chart()).fromIntake as Item[])[0]!;
    const results = await Promise.all([reconcile(warfarin, 'add'), reconcile(warfarin, 'add')]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    const again = await reconcile(warfarin, 'add');
    expect(again.status).toBe(200);
    const meds = (again.body.entries as { kind: string; name: string; fromIntake: boolean }[]).filter(
      (e) => e.kind === 'medication',
    );
    expect(meds).toEqual([expect.objectContaining({ name: 'Warfarin 5 mg daily', fromIntake: true })]);
    expect((again.body.fromIntake as Item[]).map((i) => i.name)).not.toContain('Warfarin 5 mg daily');
    const rows = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'outcome', 'detail'])
      .where('patient_id', '=', alex)
      .where('resource_type', '=', 'chart-reconciliation')
      .execute();
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.action === 'chart.write' && r.outcome === 'allowed')).toBe(true);
    expect(rows[0]?.detail).toBe(`add ${warfarin.key}`);
  });

  it('dismissing removes an item from the list without adding it; desk and patients may not decide', async () => {
    const ibuprofen = ((await chart()).fromIntake as Item[]).find((i) => i.name.startsWith('Ibuprofen'))!;
    expect((await reconcile(ibuprofen, 'dismiss', await t.login('frontdesk@demo.clinic'))).status).toBe(403);
    expect((await reconcile(ibuprofen, 'dismiss', await t.login('alex@demo.clinic'))).status).toBe(403);
    const r = await reconcile(ibuprofen, 'dismiss');
    expect(r.status).toBe(200);
    expect((r.body.fromIntake as Item[]).map((i) => i.name)).not.toContain('Ibuprofen 400 mg as needed');
    expect((r.body.entries as { name: string }[]).map((e) => e.name)).not.toContain(
      'Ibuprofen 400 mg as needed',
    );
  });

  it('an item already in the chart is not listed; an unknown item or intake is 404, a bad decision 400', async () => {
    const add = await t.call(still, 'POST', `/api/patients/${alex}/chart/entries`, {
      kind: 'medical_history',
      description: 'asthma',
    });
    expect((add.body.fromIntake as Item[]).map((i) => i.kind)).toEqual(['allergy', 'surgical_history']);
    const item = (add.body.fromIntake as Item[])[0]!;
    expect((await reconcile({ ...item, key: 'allergy:latex' }, 'add')).status).toBe(404);
    expect((await reconcile({ ...item, intakeId: 'nope' }, 'add')).status).toBe(404);
    const bad = await reconcile(item, 'maybe');
    expect([bad.status, bad.body.field]).toEqual([400, 'decision']);
  });

  it('another patient’s intake cannot be reconciled into this chart', async () => {
    const maria = await patientIdOf(t, 'maria@demo.clinic');
    const item = ((await chart()).fromIntake as Item[])[0]!;
    const r = await t.call(still, 'POST', `/api/patients/${maria}/chart/reconcile`, {
      intakeId: item.intakeId,
      key: item.key,
      decision: 'add',
    });
    expect(r.status).toBe(404);
  });

  it('the header shows the open red flags, and the medication list against the anticoagulation factor', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    await submitIntake(t, await t.login('alex@demo.clinic'), appt.id, yesTo('low-back', 'saddle_numbness'));
    const c = await chart();
    expect(c.header.openFlags).toEqual(
      expect.arrayContaining([expect.objectContaining({ appointmentId: appt.id })]),
    );
    expect(c.header.anticoagulationMismatch).toBeNull(); // warfarin came in from intake without the flag
  });

  it('a red flag of a visit not yet signed is open in the header until that visit is cancelled', async () => {
    const maria = await patientIdOf(t, 'maria@demo.clinic');
    const mariaLogin = await t.login('maria@demo.clinic');
    const appt = await bookFollowUp(t, 'maria@demo.clinic');
    const r = await submitIntake(t, mariaLogin, appt.id, yesTo('low-back', 'cancer_history'));
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const flags = async () =>
      (await t.call(still, 'GET', `/api/patients/${maria}/chart`)).body.header.openFlags as {
        kind: string;
        appointmentId: string;
      }[];
    expect(await flags()).toContainEqual(
      expect.objectContaining({ kind: 'red_flag', appointmentId: appt.id }),
    );
    const cancelled = await t.call(mariaLogin, 'POST', `/api/appointments/${appt.id}/cancel`, {
      reason: 'feeling better',
    });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect((await flags()).filter((f) => f.appointmentId === appt.id)).toEqual([]);
  });

  it('the timeline lists visits, intakes, notes (signed) and addenda newest first, paged by a cursor', async () => {
    encounterId = await openEncounter(t, 'dr.still@demo.clinic', appointmentId);
    await treatRegions(t, 'dr.still@demo.clinic', encounterId, ['lumbar']);
    const signed = await t.call(still, 'POST', `/api/encounters/${encounterId}/sign`, {});
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    t.clock.now = new Date(t.clock.now.getTime() + 1800_000);
    const checkIn = await t.call(
      await t.login('alex@demo.clinic'),
      'POST',
      `/api/encounters/${encounterId}/check-ins`,
      {
        soreness: 8,
        daysSore: 4,
        newSymptoms: [],
      },
    );
    expect([checkIn.status, checkIn.body.alert]).toEqual([201, true]);
    expect((await chart()).header.openFlags).toContainEqual(
      expect.objectContaining({ kind: 'check_in_alert', appointmentId }),
    );
    t.clock.now = new Date(t.clock.now.getTime() + 1800_000);
    await t.call(still, 'POST', `/api/encounters/${encounterId}/addenda`, { text: 'Called: better.' });
    const all = await t.call(still, 'GET', `/api/patients/${alex}/timeline?limit=100`);
    expect(all.status).toBe(200);
    const kinds = (all.body.items as { kind: string }[]).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['visit', 'intake', 'note', 'addendum', 'check_in']));
    expect(all.body.items[0]).toMatchObject({ kind: 'addendum', detail: 'Called: better.', encounterId });
    expect(all.body.items[1]).toMatchObject({
      kind: 'check_in',
      status: checkIn.body.route,
      timeZone: expect.stringMatching(/^America\//),
    });
    expect(all.body.items[1].detail).toContain('Soreness 8/10');
    expect(all.body.items).toContainEqual(
      expect.objectContaining({ kind: 'note', status: 'signed', title: 'Visit note signed' }),
    );
    const ats = (all.body.items as { at: string }[]).map((e) => e.at);
    expect(ats).toEqual([...ats].sort().reverse());
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const qs: string = cursor ? `limit=2&cursor=${cursor}` : 'limit=2';
      const page = await t.call(still, 'GET', `/api/patients/${alex}/timeline?${qs}`);
      seen.push(...(page.body.items as { key: string }[]).map((e) => e.key));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual((all.body.items as { key: string }[]).map((e) => e.key));
  });

  it('refuses a junk cursor or limit with 400 naming it, and anyone but a clinician', async () => {
    const junk = await t.call(still, 'GET', `/api/patients/${alex}/timeline?cursor=zzz`);
    expect([junk.status, junk.body.field]).toEqual([400, 'cursor']);
    for (const path of ['timeline', 'chart'])
      expect((await t.call(still, 'GET', `/api/patients/nobody/${path}`)).status).toBe(404);
    const big = await t.call(still, 'GET', `/api/patients/${alex}/timeline?limit=1000`);
    expect([big.status, big.body.field]).toEqual([400, 'limit']);
    for (const who of ['frontdesk@demo.clinic', 'alex@demo.clinic', 'admin@demo.clinic'])
      expect((await t.call(await t.login(who), 'GET', `/api/patients/${alex}/timeline`)).status).toBe(403);
    const denied = await t.handle.db
      .selectFrom('audit_log')
      .select('role')
      .where('patient_id', '=', alex)
      .where('resource_type', '=', 'chart-timeline')
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.map((r) => r.role).sort()).toEqual(['admin', 'front_desk', 'patient']);
  });
});
