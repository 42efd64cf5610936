import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { INTAKE_QUESTIONNAIRE_URL, INTAKE_QUESTIONNAIRE_VERSION } from '@omt/fhir';
import { answer, bookFollowUp, buildIntake, submitIntake, yesTo } from '../../test-support/factories';

interface Item {
  linkId: string;
  text?: string;
  item?: Item[];
}
const walk = (items: Item[] = []): Item[] => items.flatMap((i) => [i, ...walk(i.item)]);

describe.each(TEST_DATABASES)('the intake asks only what applies to an infant on $name', (kind) => {
  let t: TestApp;
  let sam: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    sam = await t.login('sam.parent@demo.clinic');
  });
  afterAll(() => t.close());

  const questionnaire = async (token: string, email: string) => {
    const appt = await bookFollowUp(t, email);
    const r = await t.call(token, 'GET', `/api/appointments/${appt.id}/intake/questionnaire`);
    expect(r.status).toBe(200);
    return { appt, items: walk(r.body.item as Item[]) };
  };

  it("Noah's parent gets the infant red flags, and no pregnancy, cancer or adult headache questions", async () => {
    const { items } = await questionnaire(sam, 'sam.parent@demo.clinic');
    const ids = items.map((i) => i.linkId);
    expect(ids).toContain('red-flags-infant');
    expect(ids).toEqual(expect.arrayContaining(['infant.fever', 'infant.unwell', 'infant.injury']));
    for (const adult of ['red-flags-low-back', 'red-flags-neck', 'red-flags-headache', 'pregnancy']) {
      expect(ids).not.toContain(adult);
    }
    expect(items.map((i) => i.text ?? '').join(' ')).not.toMatch(/cancer|pregnan|headache/i);
  });

  it('Alex (adult) still gets the back, neck and headache screens and no infant red flags', async () => {
    const { items } = await questionnaire(await t.login('alex@demo.clinic'), 'alex@demo.clinic');
    const ids = items.map((i) => i.linkId);
    expect(ids).toEqual(expect.arrayContaining(['red-flags-low-back', 'red-flags-headache']));
    expect(ids).not.toContain('red-flags-infant');
  });

  it('a fever reported by the parent raises the infant fever flag and holds OMT', async () => {
    const appt = await bookFollowUp(t, 'sam.parent@demo.clinic');
    const r = await submitIntake(t, sam, appt.id, {
      'pain-regions': answer.regions('abdomen'),
      ...yesTo('infant', 'fever'),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.redFlags).toContainEqual(
      expect.objectContaining({ id: 'infant_fever', action: 'omt_hold' }),
    );
  });

  it("a baby's fever alerts at once (CR-INFANT-1): a task for the visit's physician, the desk mark, the parent told to have the baby seen today", async () => {
    const kimId = await t.userId('dr.kim@demo.clinic');
    const appt = await bookFollowUp(t, 'sam.parent@demo.clinic', 'dr.kim@demo.clinic');
    const r = await submitIntake(t, sam, appt.id, yesTo('infant', 'fever'));
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.urgentFlags).toEqual([
      expect.objectContaining({
        flagId: 'infant_fever',
        action: 'omt_hold',
        urgency: 'urgent',
        source: expect.stringContaining('CR-INFANT-1'),
      }),
    ]);
    expect(r.body.urgentFlags[0].instruction.en).toContain("Call the clinic or your baby's doctor today");
    expect(r.body.urgentFlags[0].instruction.en).toContain('call 911 or go to an emergency department now');
    expect(r.body.urgentFlags[0].instruction.es).toContain('Llame hoy a la clínica o al médico de su bebé');

    const kim = await t.login('dr.kim@demo.clinic');
    const tasks = (
      (await t.call(kim, 'GET', '/api/worklist')).body.safetyTasks as { appointmentId: string }[]
    ).filter((x) => x.appointmentId === appt.id);
    expect(tasks).toEqual([
      expect.objectContaining({
        patientId: appt.patientId,
        assignedTo: { id: kimId, name: 'Dr. Daniel Kim', supervisor: null },
        flag: { id: 'infant_fever', action: 'omt_hold', urgency: 'urgent' },
      }),
    ]);

    const view = await t.call(await t.login('frontdesk@demo.clinic'), 'GET', `/api/appointments/${appt.id}`);
    expect(view.status).toBe(200);
    expect(view.body.urgentFlags).toEqual([
      { flagId: 'infant_fever', label: 'Fever in a baby', action: 'omt_hold', urgency: 'urgent' },
    ]);
  });

  it('the questionnaire with the infant section (since version 3) is version 4, and the stored intake names the version it answered', async () => {
    const appt = await bookFollowUp(t, 'sam.parent@demo.clinic');
    const q = await t.call(sam, 'GET', `/api/appointments/${appt.id}/intake/questionnaire`);
    expect(q.body).toMatchObject({ url: INTAKE_QUESTIONNAIRE_URL, version: '4' });
    expect(INTAKE_QUESTIONNAIRE_VERSION).toBe('4');
    const r = await submitIntake(t, sam, appt.id);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const read = await t.call(
      await t.login('dr.still@demo.clinic'),
      'GET',
      `/api/appointments/${appt.id}/intake`,
    );
    expect(read.body.questionnaireResponse.questionnaire).toBe(`${INTAKE_QUESTIONNAIRE_URL}|4`);
  });

  it('answers to the previous version (back, neck and headache screens for a baby) are refused with a 400', async () => {
    const appt = await bookFollowUp(t, 'sam.parent@demo.clinic');
    const body = await buildIntake(t, sam, appt.id);
    const r = await t.call(sam, 'POST', `/api/appointments/${appt.id}/intake`, {
      questionnaireResponse: {
        ...body.questionnaireResponse,
        questionnaire: `${INTAKE_QUESTIONNAIRE_URL}|2`,
      },
    });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ field: 'questionnaire' });
    expect(r.body.message).toContain('the current version');
  });

  it('an intake stored under the previous version still reads back as it was answered', async () => {
    const appt = await bookFollowUp(t, 'sam.parent@demo.clinic');
    expect((await submitIntake(t, sam, appt.id, yesTo('infant', 'injury'))).status).toBe(201);
    // As version 2 stored it: the url alone, and the back screen the baby's parent was asked then.
    const stored = {
      resourceType: 'QuestionnaireResponse',
      questionnaire: INTAKE_QUESTIONNAIRE_URL,
      status: 'completed',
      item: [
        {
          linkId: 'red-flags-low-back',
          item: [{ linkId: 'low-back.trauma', answer: [{ valueBoolean: true }] }],
        },
      ],
    };
    await t.handle.db
      .updateTable('intakes')
      .set({ questionnaire_response_json: JSON.stringify(stored) })
      .where('appointment_id', '=', appt.id)
      .execute();
    const read = await t.call(
      await t.login('dr.still@demo.clinic'),
      'GET',
      `/api/appointments/${appt.id}/intake`,
    );
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    expect(read.body.questionnaireResponse).toEqual(stored);
    expect(read.body.redFlags).toEqual([expect.objectContaining({ id: 'infant_injury' })]);
  });

  it('a recent injury or TB exposure holds OMT for the visit but alerts no one at once', async () => {
    const appt = await bookFollowUp(t, 'sam.parent@demo.clinic');
    const r = await submitIntake(t, sam, appt.id, {
      ...yesTo('infant', 'injury'),
      ...yesTo('infant', 'tb_exposure'),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.redFlags.map((f: { id: string }) => f.id).sort()).toEqual([
      'infant_injury',
      'infant_tb_exposure',
    ]);
    expect(r.body.urgentFlags).toEqual([]);
  });
});
