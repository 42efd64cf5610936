import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { answer, bookFollowUp, submitIntake, yesTo } from '../../test-support/factories';

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
});
