import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleLicensedQuestionnaire } from '../../../../fhir/src/test-support/licensed-questionnaire';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { licensedQuestionnaireFor } from './licensed-questionnaires';

describe.each(TEST_DATABASES)('outcomes on $name', (kind) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await t.login('admin@demo.clinic');
  });
  afterAll(() => t.close());

  const upload = (measure: string, questionnaire: unknown, replacesVersion = 0, token = admin) =>
    t.call(token, 'PUT', `/api/licensed-questionnaires/${measure}`, { questionnaire, replacesVersion });

  it('an admin uploads licensed item text: refused naming the item, stored as versions with the uploader, audited', async () => {
    const wrong = sampleLicensedQuestionnaire('odi');
    wrong.item![6]!.answerOption!.splice(2, 1);
    const refused = await upload('odi', wrong);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'questionnaire_invalid', field: 'questionnaire' });
    expect(refused.body.message).toMatch(/item odi-7 has 5 answer options/);
    const notFhir = sampleLicensedQuestionnaire('hit6');
    (notFhir.item![0] as { type: string }).type = 'slider';
    const notFhirRefused = await upload('hit6', notFhir);
    expect(notFhirRefused.status).toBe(422);
    expect(notFhirRefused.body.message).toMatch(/not valid FHIR R4/);
    expect(
      (await upload('ndi', sampleLicensedQuestionnaire('ndi'), 0, await t.login('dr.still@demo.clinic')))
        .status,
    ).toBe(403);
    expect((await upload('sf36', sampleLicensedQuestionnaire('ndi'))).status).toBe(400);
    expect((await t.call(admin, 'GET', '/api/licensed-questionnaires/odi')).status).toBe(404);

    const first = await upload('odi', sampleLicensedQuestionnaire('odi'));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      measure: 'odi',
      version: 1,
      itemCount: 10,
      title: 'ODI (clinic licence)',
    });
    const replacement = { ...sampleLicensedQuestionnaire('odi'), title: 'ODI 2.1a (renewed licence)' };
    expect((await upload('odi', replacement, 0)).status).toBe(409);
    const second = await upload('odi', replacement, 1);
    expect(second.body).toMatchObject({ version: 2, title: 'ODI 2.1a (renewed licence)' });

    const list = await t.call(admin, 'GET', '/api/licensed-questionnaires');
    expect(
      list.body.measures.map((m: { measure: string; current: { version: number } | null }) => [
        m.measure,
        m.current?.version ?? null,
      ]),
    ).toEqual([
      ['odi', 2],
      ['ndi', null],
      ['hit6', null],
    ]);
    // The patient answering ODI reads the text in use; older versions stay for answers given on them.
    const alex = await t.login('alex@demo.clinic');
    const read = await t.call(alex, 'GET', '/api/licensed-questionnaires/odi');
    expect(read.status).toBe(200);
    expect(read.body.items[0]).toMatchObject({ linkId: 'odi-1', text: 'Item 1' });
    expect(read.body.items[0].options.map((o: { score: number }) => o.score)).toEqual([0, 1, 2, 3, 4, 5]);
    expect((await licensedQuestionnaireFor(t.handle.db, 'odi', 1))?.title).toBe('ODI (clinic licence)');
    expect((await licensedQuestionnaireFor(t.handle.db, 'hit6')) ?? null).toBeNull();

    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['resource_id', 'detail', 'outcome'])
      .where('action', '=', 'licensed_questionnaire.upload')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { resource_id: 'odi/1', detail: 'ODI (clinic licence)', outcome: 'allowed' },
      { resource_id: 'odi/2', detail: 'ODI 2.1a (renewed licence)', outcome: 'allowed' },
    ]);
  });
});
