import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitOfWork } from '@omt/db';
import { TEST_DATABASES } from '../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { countRows } from '../test-support/db-rows';
import { rejectInserts } from '../test-support/reject-inserts';
import { patientIdOf } from '../test-support/factories';
import { fhirGet } from '../test-support/fhir';
import { RequestContext } from '../context';
import { resolveSession } from '../auth/sessions';
import { signUp } from '../modules/signup/service';
import { DEMO_PASSWORD } from '../seed/demo-clinic';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const upload = (content: Buffer, title = 'Lumbar MRI') => ({
  title,
  category: 'imaging_report',
  fileName: 'mri.pdf',
  contentBase64: content.toString('base64'),
});

describe.each(TEST_DATABASES)('audit rows commit with their change on $name', (kind) => {
  let t: TestApp;
  let desk: string;
  let alex: string;
  let alexId: string;
  let mariaId: string;

  const audit = (where: { action: string; outcome?: string; patientId?: string }) => {
    let q = t.handle.db
      .selectFrom('audit_log')
      .select(['outcome', 'resource_id'])
      .where('action', '=', where.action);
    if (where.outcome) q = q.where('outcome', '=', where.outcome);
    if (where.patientId) q = q.where('patient_id', '=', where.patientId);
    return q.execute();
  };
  const count = (table: 'patient_documents' | 'patients' | 'patient_imports' | 'users') =>
    countRows(t, table);

  beforeAll(async () => {
    t = await startTestApp(kind);
    desk = await t.login('frontdesk@demo.clinic');
    alex = await t.login('alex@demo.clinic');
    alexId = await patientIdOf(t, 'alex@demo.clinic');
    mariaId = await patientIdOf(t, 'maria@demo.clinic');
  });
  afterAll(() => t.close());

  it('a change that fails after its audit point leaves neither the change nor an allowed row', async () => {
    const before = await audit({ action: 'document.write', patientId: alexId });
    const undo = await rejectInserts(t, 'patient_documents');
    try {
      const r = await t.call(desk, 'POST', `/api/patients/${alexId}/documents`, upload(PDF));
      expect(r.status).toBe(500);
    } finally {
      await undo();
    }
    expect(await count('patient_documents')).toBe(0);
    expect(await audit({ action: 'document.write', patientId: alexId })).toEqual(before);
    // The same upload without the fault saves both.
    const ok = await t.call(desk, 'POST', `/api/patients/${alexId}/documents`, upload(PDF));
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(await audit({ action: 'document.write', patientId: alexId })).toEqual([
      ...before,
      { outcome: 'allowed', resource_id: (ok.body as { id: string }).id },
    ]);
  });

  it('a refused upload (not a PDF or image) leaves no allowed row', async () => {
    const before = await audit({ action: 'document.write', patientId: mariaId });
    const r = await t.call(
      desk,
      'POST',
      `/api/patients/${mariaId}/documents`,
      upload(Buffer.from('<html></html>')),
    );
    expect(r.status).toBe(415);
    expect(await audit({ action: 'document.write', patientId: mariaId })).toEqual(before);
  });

  it('a refused access is audited as denied, also when it comes after an allowed one in the same change', async () => {
    const r = await t.call(alex, 'GET', `/api/patients/${mariaId}/documents`);
    expect(r.status).toBe(403);
    expect(await audit({ action: 'document.read', outcome: 'denied', patientId: mariaId })).toHaveLength(1);

    const token = await t.login('alex@demo.clinic');
    const user = await resolveSession(t.handle.db, t.deps.clock, token, 'bearer', 0);
    const ctx = new RequestContext(t.deps, user!);
    const refused = unitOfWork(t.deps.db, async () => {
      await ctx.access(alexId, 'document.read', 'patient', alexId, 'own record');
      await ctx.access(mariaId, 'document.read', 'patient', mariaId, 'someone else');
    });
    await expect(refused).rejects.toMatchObject({ status: 403 });
    const rows = await t.handle.db
      .selectFrom('audit_log')
      .select(['outcome', 'patient_id'])
      .where('resource_type', '=', 'patient')
      .where('action', '=', 'document.read')
      .execute();
    // The refusal stays; the allowed row of the refused change rolled back with it.
    expect(rows).toEqual([{ outcome: 'denied', patient_id: mariaId }]);
  });

  it('when the audit row cannot be written the request fails with 503 and nothing is saved', async () => {
    const documents = await count('patient_documents');
    const undo = await rejectInserts(t, 'audit_log');
    try {
      const write = await t.call(desk, 'POST', `/api/patients/${alexId}/documents`, upload(PDF, 'Unaudited'));
      expect(write.status).toBe(503);
      expect(write.body).toMatchObject({ code: 'audit_unavailable' });
      const read = await t.call(desk, 'GET', `/api/patients/${alexId}/documents`);
      expect(read.status).toBe(503);
      const refused = await t.call(alex, 'GET', `/api/patients/${mariaId}/documents`);
      expect(refused.status).toBe(503);
    } finally {
      await undo();
    }
    expect(await count('patient_documents')).toBe(documents);
  });

  it("a staff change whose audit row cannot be written is not saved: the role and the login's status stay", async () => {
    const admin = await t.login('admin@demo.clinic');
    const kimId = await t.userId('dr.kim@demo.clinic');
    const kim = (await t.call(admin, 'GET', '/api/staff')).body.items.find(
      (s: { id: string }) => s.id === kimId,
    );
    const undo = await rejectInserts(t, 'audit_log');
    try {
      const update = await t.call(admin, 'PUT', `/api/staff/${kimId}`, {
        displayName: 'Changed Unaudited',
        role: 'front_desk',
        credential: null,
        npi: null,
        supervisorId: null,
        locationIds: kim.locationIds,
      });
      expect(update.status).toBe(503);
      expect((await t.call(admin, 'POST', `/api/staff/${kimId}/deactivate`)).status).toBe(503);
    } finally {
      await undo();
    }
    const row = await t.handle.db
      .selectFrom('users')
      .select(['role', 'status', 'display_name'])
      .where('id', '=', kimId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ role: 'physician', status: 'active', display_name: kim.displayName });
  });

  /** Changes outside any patient's record: each answers 503 and saves nothing when its audit row cannot be written. */
  const SETUP_CHANGES: {
    name: string;
    /** Who makes the change (the admin unless named), logged in before the audit log breaks: a login is audited too. */
    as?: string;
    change: (token: string) => Promise<{ status: number; body: unknown }>;
    saved: () => Promise<unknown>;
  }[] = [
    {
      name: 'a visit type changed',
      change: async (admin) => {
        const v = (await t.call(admin, 'GET', '/api/visit-types')).body[0];
        return t.call(admin, 'PUT', `/api/visit-types/${v.id}`, {
          name: 'Changed Unaudited',
          description: v.description,
          durationMinutes: v.durationMinutes,
          bufferAfterMinutes: v.bufferAfterMinutes,
          requiresConsultation: v.requiresConsultation,
          onlineBookable: v.onlineBookable,
          minNoticeMinutes: v.minNoticeMinutes,
          maxHorizonDays: v.maxHorizonDays,
        });
      },
      saved: () => t.handle.db.selectFrom('visit_types').select(['id', 'name']).orderBy('id').execute(),
    },
    {
      name: 'a room added',
      change: async (admin) => {
        const location = (await t.call(admin, 'GET', '/api/locations')).body[0];
        return t.call(admin, 'POST', `/api/locations/${location.id}/rooms`, { name: 'Table Unaudited' });
      },
      saved: () => countRows(t, 'rooms'),
    },
    {
      name: 'the clinic profile saved',
      change: async (admin) => {
        const profile = (await t.call(admin, 'GET', '/api/clinic-profile')).body;
        return t.call(admin, 'PUT', '/api/clinic-profile', {
          name: 'Changed Unaudited',
          address: profile.address,
          phone: profile.phone,
          npi: profile.npi,
          taxId: profile.taxId,
          logoDataUrl: profile.logoDataUrl,
          version: profile.version,
        });
      },
      saved: () => t.handle.db.selectFrom('clinic_profile').select(['name', 'version']).execute(),
    },
    {
      name: 'a consent form published',
      change: (admin) =>
        t.call(admin, 'POST', '/api/consent-forms', {
          textEn:
            'I consent to osteopathic manipulative treatment and understand its benefits, risks and options. '.repeat(
              2,
            ),
          textEs:
            'Doy mi consentimiento al tratamiento manipulativo osteopático y entiendo sus beneficios y riesgos. '.repeat(
              2,
            ),
        }),
      saved: () => countRows(t, 'consent_forms'),
    },
    {
      name: 'the check-in days set',
      change: (admin) => t.call(admin, 'PUT', '/api/settings/check-in-days', { days: [2, 5] }),
      saved: () => t.handle.db.selectFrom('clinic_profile').select('check_in_days').execute(),
    },
    {
      name: 'a login',
      change: () =>
        t.call(null, 'POST', '/api/auth/login', { email: 'frontdesk@demo.clinic', password: DEMO_PASSWORD }),
      saved: () => countRows(t, 'sessions'),
    },
    {
      name: 'a password changed',
      as: 'dr.kim@demo.clinic',
      change: (kim) =>
        t.call(kim, 'POST', '/api/auth/change-password', {
          currentPassword: DEMO_PASSWORD,
          newPassword: 'kettle-Orbit-lantern-42',
        }),
      saved: () =>
        t.handle.db
          .selectFrom('users')
          .select('password_hash')
          .where('email', '=', 'dr.kim@demo.clinic')
          .executeTakeFirstOrThrow(),
    },
    {
      name: 'a FHIR Bulk export started',
      as: 'dr.still@demo.clinic',
      change: (still) =>
        fhirGet(t, still, '/fhir/R4/$export', {
          prefer: 'respond-async',
          accept: 'application/fhir+json',
        }),
      saved: async () => [await countRows(t, 'fhir_bulk_exports'), await countRows(t, 'jobs')],
    },
  ];

  it.each(SETUP_CHANGES)(
    '$name: without its audit row, 503 and nothing saved',
    async ({ as, change, saved }) => {
      const token = await t.login(as ?? 'admin@demo.clinic');
      const before = await saved();
      const undo = await rejectInserts(t, 'audit_log');
      try {
        const r = await change(token);
        expect(r.status, JSON.stringify(r.body)).toBe(503);
      } finally {
        await undo();
      }
      expect(await saved()).toEqual(before);
    },
  );

  it('a CSV import that fails at its end saves no patient and no allowed row', async () => {
    const admin = await t.login('admin@demo.clinic');
    const patients = await count('patients');
    const rows = await audit({ action: 'demographics.write' });
    const undo = await rejectInserts(t, 'patient_imports');
    try {
      const csv =
        'First Name,Last Name,Date of Birth,Gender\r\nIra,Ives,1970-01-01,F\r\nJem,Jones,1971-02-02,M';
      const r = await t.call(admin, 'POST', '/api/patient-imports', { csv });
      expect(r.status, JSON.stringify(r.body)).toBe(500);
    } finally {
      await undo();
    }
    expect(await count('patients')).toBe(patients);
    expect(await audit({ action: 'demographics.write' })).toEqual(rows);
  });

  it('a sign-up that fails leaves no login, no record and no allowed row', async () => {
    const [users, patients] = [await count('users'), await count('patients')];
    const rows = await audit({ action: 'registration.self' });
    const undo = await rejectInserts(t, 'users');
    try {
      const body = {
        givenName: 'Robin',
        familyName: 'Failing',
        birthDate: '1990-04-02',
        sex: 'female' as const,
        email: 'robin.failing@example.org',
        phone: '216-555-0199',
        preferredLanguage: 'en' as const,
        password: 'kettle-Orbit-lantern-42',
      };
      await expect(signUp(t.deps, body)).rejects.toThrow();
    } finally {
      await undo();
    }
    expect([await count('users'), await count('patients')]).toEqual([users, patients]);
    expect(await audit({ action: 'registration.self' })).toEqual(rows);
  });
});
