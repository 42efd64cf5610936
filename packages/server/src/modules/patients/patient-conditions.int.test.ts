import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { bookFollowUp, openEncounter, patientIdOf } from '../../test-support/factories';

describe.each(TEST_DATABASES)('recorded conditions drive the safety engine on $name', (kind) => {
  let t: TestApp;
  let still: string;
  let alex: string;
  let encounterId: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    still = await t.login('dr.still@demo.clinic');
    alex = await patientIdOf(t, 'alex@demo.clinic');
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    encounterId = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
  });
  afterAll(() => t.close());

  const setConditions = async (conditions: unknown) => {
    const current = await t.call(still, 'GET', `/api/patients/${alex}`);
    return t.call(still, 'PUT', `/api/patients/${alex}/factors`, {
      ...current.body.factors,
      conditions,
      version: current.body.factorsVersion,
    });
  };
  const safety = (technique: string, region: string) =>
    t.call(still, 'GET', `/api/encounters/${encounterId}/safety?technique=${technique}&region=${region}`);

  it('CR-HVLA-2: recording vertigo makes cervical HVLA a caution', async () => {
    const saved = await setConditions(['vertigo']);
    expect(saved.status).toBe(200);
    expect(saved.body.factors.conditions).toEqual(['vertigo']);
    const r = await safety('hvla', 'cervical');
    expect(r.body.verdict).toBe('caution');
    expect(r.body.reasons).toContainEqual(
      expect.objectContaining({
        ruleId: 'hvla_general_relative_vertigo',
        source: expect.stringContaining('CR-HVLA-2'),
      }),
    );
  });

  it('CR-HVLA-1: meningitis blocks HVLA, and documenting it is refused', async () => {
    expect((await setConditions(['meningitis', 'meningitis'])).body.factors.conditions).toEqual([
      'meningitis',
    ]);
    expect((await safety('hvla', 'lumbar')).body.verdict).toBe('blocked');
    expect((await safety('blt', 'lumbar')).body.verdict).toBe('allowed');
    await t.call(still, 'POST', `/api/encounters/${encounterId}/consents`, {
      technique: 'hvla',
      decision: 'given',
      method: 'verbal',
    });
    const treat = await t.call(still, 'POST', `/api/encounters/${encounterId}/treatments`, {
      region: 'lumbar',
      technique: 'hvla',
      position: 'side-lying',
      response: 'improved',
    });
    expect(treat.status).toBe(422);
    expect(treat.body.code).toBe('technique_blocked');
    expect(treat.body.message).toContain('Meningitis');
  });

  it('an unknown condition code is a 400 naming the field; nothing is saved', async () => {
    await setConditions([]);
    const r = await setConditions(['vertigo', 'werewolf_bite']);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: 'validation_failed', field: 'conditions.1' });
    expect(r.body.message).toContain('werewolf_bite');
    const after = await t.call(still, 'GET', `/api/patients/${alex}`);
    expect(after.body.factors.conditions).toEqual([]);
  });

  it('a body without conditions (older clients) keeps working and records none; the write is audited', async () => {
    const current = await t.call(still, 'GET', `/api/patients/${alex}`);
    const { conditions: _omit, ...rest } = current.body.factors as Record<string, unknown>;
    const r = await t.call(still, 'PUT', `/api/patients/${alex}/factors`, {
      ...rest,
      version: current.body.factorsVersion,
    });
    expect(r.status).toBe(200);
    expect(r.body.factors.conditions).toEqual([]);
    const audit = await t.call(
      await t.login('admin@demo.clinic'),
      'GET',
      `/api/audit?patientId=${alex}&pageSize=200`,
    );
    expect(
      audit.body.items.some(
        (i: { action: string; resourceType: string }) =>
          i.action === 'factors.write' && i.resourceType === 'patient-factors',
      ),
    ).toBe(true);
  });

  it('clears the conditions of one visit (a full stomach) when its note is signed; lasting ones stay, audited', async () => {
    expect((await setConditions(['full_stomach', 'meningitis'])).status).toBe(200);
    expect((await safety('diaphragm_release', 'abdomen')).body.verdict).not.toBe('allowed');
    const signed = await t.call(still, 'POST', `/api/encounters/${encounterId}/sign`, {});
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    const after = await t.call(still, 'GET', `/api/patients/${alex}`);
    expect(after.body.factors.conditions).toEqual(['meningitis']);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('patient_id', '=', alex)
      .where('action', '=', 'factors.write')
      .where('resource_id', '=', encounterId)
      .execute();
    expect(audit.map((a) => a.outcome)).toEqual(['allowed']);
  });
});
