import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { fieldLabel } from '../../http/plain-messages';

const HEADER = 'First Name,Last Name,Date of Birth,Gender,E-mail,Mobile,Address,City,State,Zip,Guardian Name';

/** A Jane-style export: good rows, one bad row of each kind, repeats and a patient already registered. */
const FILE = [
  HEADER,
  'Ana,Ruiz,1985-03-04,F,ana.ruiz@example.com,(216) 555-0101,12 Main St,Cleveland,OH,44106,', // 2 ok
  'Ben,Ode,04/05/1979,male,,216-555-0102,,,,,', // 3 ok (MM/DD/YYYY)
  'Cara,Diaz,25/12/1980,F,,,,,,,', // 4 day-first date
  'Dan,Eve,04/05/79,M,,,,,,,', // 5 two-digit year
  'Eli,Fox,2030-01-01,M,,,,,,,', // 6 future birth date
  ',Gray,1970-01-01,F,,,,,,,', // 7 no given name
  'Hal,Hunt,1970-01-01,M,not-an-email,,,,,,', // 8 bad email
  'Ivy,Iles,1970-01-01,F,,12,,,,,', // 9 bad phone
  'Jo,Jax,1970-01-01,dog,,,,,,,', // 10 bad sex
  'Kit,Kay,2020-01-01,F,,,,,,,', // 11 minor without guardian
  'Lu,Lee,1970-01-01,F,,,5 Elm St,,OH,44106,', // 12 address without city
  'Mo,Moe,1970-01-01,M,,,,,,', // 13 a column short
  'Alex,Rivera,1984-05-12,M,,,,,,,', // 14 already registered (demo patient)
  'ANA,Ruíz,1985-03-04,F,,,,,,,', // 15 repeats row 2 (name and birth date)
  'Other,Person,1990-01-01,F,Ana.Ruiz@example.com,,,,,,', // 16 repeats row 2 (email)
  'Nia,Nash,2019-06-01,F,,,,,,,Pat Nash', // 17 ok: a minor with a guardian
  '"Ode, Jr.",Ben,1999-09-09,M,,,"1 Long Rd\nUnit 2",Akron,OH,44301,', // 18 ok: quoted comma and line break
].join('\r\n');

describe.each(TEST_DATABASES)('CSV patient import on $name', (kind) => {
  let t: TestApp;
  let admin: string;
  const patients = async () =>
    Number(
      (
        await t.handle.db
          .selectFrom('patients')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const writes = async () =>
    Number(
      (
        await t.handle.db
          .selectFrom('audit_log')
          .where('action', '=', 'demographics.write')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await t.login('admin@demo.clinic');
  });
  afterAll(() => t.close());

  it('a dry run proposes the mapping from the header, reports every row, and saves nothing', async () => {
    const [before, auditBefore] = [await patients(), await writes()];
    const r = await t.call(admin, 'POST', '/api/patient-imports/dry-run', { csv: FILE });
    expect(r.status).toBe(200);
    expect(r.body.mapping).toEqual({
      givenName: 0,
      familyName: 1,
      birthDate: 2,
      sex: 3,
      email: 4,
      phone: 5,
      addressLine1: 6,
      city: 7,
      state: 8,
      postalCode: 9,
      guardianName: 10,
      addressLine2: null,
      preferredLanguage: null,
      guardianRelationship: null,
      guardianPhone: null,
    });
    expect(r.body.dryRun).toBe(true);
    expect(r.body.importId).toBeNull();
    expect(r.body.counts).toEqual({ rows: 17, created: 4, errors: 10, duplicates: 3 });
    const status = Object.fromEntries(
      r.body.rows.map((x: { row: number; status: string }) => [x.row, x.status]),
    );
    expect(status).toMatchObject({ 2: 'ok', 3: 'ok', 17: 'ok', 18: 'ok', 14: 'duplicate_existing' });
    expect(await patients()).toBe(before);
    expect(await writes()).toBe(auditBefore);
  });

  it.each([
    [4, 'birthDate', 'Date of Birth', 'looks day-first'],
    [5, 'birthDate', 'Date of Birth', 'two-digit year'],
    [6, 'birthDate', 'Date of Birth', 'must not be in the future'],
    [7, 'givenName', 'First Name', 'is required'],
    [8, 'email', 'E-mail', 'must be an email address'],
    [9, 'phone', 'Mobile', 'must have 7 to 15 digits'],
    [10, 'sex', 'Gender', 'must be female, male, other or unknown'],
    [11, 'guardians', 'Guardian Name', 'needs at least one guardian'],
    [12, 'address.city', 'City', 'is required'],
    [13, 'row', null, 'has 10 columns where the header has 11'],
  ])('row %i is refused naming %s (column %s): %s', async (row, field, column, rule) => {
    const r = await t.call(admin, 'POST', '/api/patient-imports/dry-run', { csv: FILE });
    const result = r.body.rows.find((x: { row: number }) => x.row === row);
    expect(result.status).toBe('error');
    expect(result.errors).toContainEqual({ field, column, message: expect.stringContaining(rule) });
  });

  it('reports repeats of an earlier row and of a patient already registered', async () => {
    const r = await t.call(admin, 'POST', '/api/patient-imports/dry-run', { csv: FILE });
    const row = (n: number) => r.body.rows.find((x: { row: number }) => x.row === n);
    expect(row(15)).toMatchObject({ status: 'duplicate_row', duplicateOfRow: 2 });
    expect(row(16)).toMatchObject({ status: 'duplicate_row', duplicateOfRow: 2 });
    const alex = await t.handle.db
      .selectFrom('patients')
      .select('id')
      .where('given_name', '=', 'Alex')
      .executeTakeFirstOrThrow();
    expect(row(14)).toMatchObject({ status: 'duplicate_existing', duplicateOfPatientId: alex.id });
  });

  it('imports the valid rows (audited), skips the rest, and a second run creates nobody', async () => {
    const [before, auditBefore] = [await patients(), await writes()];
    const first = await t.call(admin, 'POST', '/api/patient-imports', { csv: FILE });
    expect(first.status).toBe(201);
    expect(first.body.counts).toEqual({ rows: 17, created: 4, errors: 10, duplicates: 3 });
    expect(await patients()).toBe(before + 4);
    expect(await writes()).toBe(auditBefore + 4);
    const created = first.body.rows.filter((x: { status: string }) => x.status === 'created');
    expect(created.map((x: { row: number }) => x.row)).toEqual([2, 3, 17, 18]);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('patient_id', '=', created[0].patientId)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      action: 'demographics.write',
      outcome: 'allowed',
      detail: `CSV import ${first.body.importId}`,
    });
    const ben = await t.call(admin, 'GET', `/api/patients/${created[3].patientId}`);
    expect(ben.body).toMatchObject({
      givenName: 'Ode, Jr.',
      familyName: 'Ben',
      birthDate: '1999-09-09',
      address: { lines: ['1 Long Rd\nUnit 2'], city: 'Akron', state: 'OH', postalCode: '44301' },
    });
    const nia = await t.call(admin, 'GET', `/api/patients/${created[2].patientId}`);
    expect(nia.body.guardians).toEqual([
      { name: 'Pat Nash', relationship: 'other', phone: null, email: null, portalAccount: null },
    ]);
    const record = await t.handle.db
      .selectFrom('patient_imports')
      .selectAll()
      .where('id', '=', first.body.importId)
      .executeTakeFirstOrThrow();
    expect(record).toMatchObject({ row_count: 17, created_count: 4, duplicate_count: 3, error_count: 10 });

    const again = await t.call(admin, 'POST', '/api/patient-imports', { csv: FILE });
    expect(again.status).toBe(201);
    expect(again.body.counts).toEqual({ rows: 17, created: 0, errors: 10, duplicates: 7 });
    expect(await patients()).toBe(before + 4);
    expect(await writes()).toBe(auditBefore + 4);
  });

  it('reads a semicolon file with a byte-order mark and a mapping the user chose', async () => {
    const csv = '\uFEFFNombre;Apellido;Nacimiento;Sexo;Idioma\nLuz;Vega;1960-07-08;F;Español\n';
    const proposed = await t.call(admin, 'POST', '/api/patient-imports/dry-run', { csv });
    expect(proposed.body.mapping.givenName).toBeNull();
    expect(proposed.body.rows[0].status).toBe('error');
    const mapping = { givenName: 0, familyName: 1, birthDate: 2, sex: 3, preferredLanguage: 4 };
    const r = await t.call(admin, 'POST', '/api/patient-imports', { csv, mapping });
    expect(r.status).toBe(201);
    expect(r.body.counts).toMatchObject({ created: 1, errors: 0 });
    const luz = await t.call(admin, 'GET', `/api/patients/${r.body.rows[0].patientId}`);
    expect(luz.body).toMatchObject({ name: 'Luz Vega', preferredLanguage: 'es', sex: 'female' });
  });

  const small = 'first,last,dob,sex\nA,B,1970-01-01,F\n';
  it.each([
    ['an empty file', { csv: '' }, 400, 'csv'],
    ['only a header', { csv: 'first,last,dob,sex\n' }, 400, 'csv'],
    ['an unclosed quote', { csv: 'first,last,dob,sex\n"A,B,1970-01-01,F\n' }, 400, 'csv'],
    [
      'a required field unmapped',
      { csv: small, mapping: { givenName: 0, familyName: 1, sex: 3 } },
      400,
      'mapping.birthDate',
    ],
    [
      'a column not in the file',
      { csv: small, mapping: { givenName: 0, familyName: 1, birthDate: 2, sex: 7 } },
      400,
      'mapping.sex',
    ],
    [
      'a column mapped twice',
      { csv: small, mapping: { givenName: 0, familyName: 0, birthDate: 2, sex: 3 } },
      400,
      'mapping.familyName',
    ],
    ['an unknown field', { csv: small, mapping: { shoeSize: 1 } }, 400, 'mapping.shoeSize'],
    ['a file over 5 MB', { csv: `first,last,dob,sex\n${'x'.repeat(5 * 1024 * 1024)}\n` }, 413, 'csv'],
    [
      'more than 20,000 rows',
      { csv: `first,last,dob,sex\n${'A,B,1970-01-01,F\n'.repeat(20_001)}` },
      413,
      'csv',
    ],
  ])('refuses %s on both endpoints, saving nothing', async (_what, body, status, field) => {
    const before = await patients();
    for (const path of ['/api/patient-imports/dry-run', '/api/patient-imports']) {
      const r = await t.call(admin, 'POST', path, body);
      expect(r.status).toBe(status);
      expect(r.body.field).toBe(field);
      expect(r.body.message.slice(0, fieldLabel(field).length)).toBe(fieldLabel(field));
    }
    expect(await patients()).toBe(before);
  });

  it('an import needs a complete mapping even when proposed', async () => {
    const r = await t.call(admin, 'POST', '/api/patient-imports', { csv: 'Nombre,Apellido\nA,B\n' });
    expect(r.status).toBe(400);
    expect(r.body.field).toBe('mapping.givenName');
  });

  it.each(['frontdesk@demo.clinic', 'dr.still@demo.clinic', 'alex@demo.clinic'])(
    'only an admin may import (%s is refused)',
    async (email) => {
      const token = await t.login(email);
      for (const path of ['/api/patient-imports/dry-run', '/api/patient-imports']) {
        const r = await t.call(token, 'POST', path, { csv: small });
        expect(r.status).toBe(403);
      }
    },
  );

  it('both routes are in OpenAPI', async () => {
    const r = await t.call(null, 'GET', '/api/openapi.json');
    expect(Object.keys(r.body.paths)).toEqual(
      expect.arrayContaining(['/api/patient-imports/dry-run', '/api/patient-imports']),
    );
  });
});

describe.each(TEST_DATABASES)('a large CSV import on $name', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('imports 7,500 rows, and importing them again matches them all (no 500 from one huge audit write)', async () => {
    const admin = await t.login('admin@demo.clinic');
    const rows = Array.from(
      { length: 7_500 },
      (_, i) => `Given${i},Family${i % 97},${1940 + (i % 60)}-01-${String((i % 28) + 1).padStart(2, '0')},F`,
    );
    const csv = ['first,last,dob,sex', ...rows].join('\n');
    const first = await t.call(admin, 'POST', '/api/patient-imports', { csv });
    expect(first.status).toBe(201);
    expect(first.body.counts).toEqual({ rows: 7_500, created: 7_500, errors: 0, duplicates: 0 });
    const again = await t.call(admin, 'POST', '/api/patient-imports', { csv });
    expect(again.status).toBe(201);
    expect(again.body.counts).toEqual({ rows: 7_500, created: 0, errors: 0, duplicates: 7_500 });
  }, 60_000);

  it('two imports of one file at the same time create each patient once', async () => {
    const admin = await t.login('admin@demo.clinic');
    const rows = Array.from(
      { length: 1_200 },
      (_, i) => `Race${i},Twin${i % 13},1980-02-${String((i % 28) + 1).padStart(2, '0')},F`,
    );
    const csv = ['first,last,dob,sex', ...rows].join('\n');
    const both = await Promise.all([0, 1].map(() => t.call(admin, 'POST', '/api/patient-imports', { csv })));
    expect(both.map((r) => r.status)).toEqual([201, 201]);
    expect(both.reduce((n, r) => n + Number(r.body.counts.created), 0)).toBe(1_200);
    const stored = await t.handle.db
      .selectFrom('patients')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('given_name', 'like', 'Race%')
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(1_200);
  }, 60_000);

  it('takes a file over the app-wide 1 MB request limit, and refuses a request over 16 MB with 413', async () => {
    const admin = await t.login('admin@demo.clinic');
    const notes = 'n'.repeat(120);
    const rows = Array.from({ length: 12_000 }, (_, i) => `G${i},F${i},1970-01-01,M,${notes}`);
    const csv = ['first,last,dob,sex,notes', ...rows].join('\n');
    expect(csv.length).toBeGreaterThan(1_048_576);
    const r = await t.call(admin, 'POST', '/api/patient-imports/dry-run', { csv });
    expect(r.status).toBe(200);
    expect(r.body.counts).toMatchObject({ rows: 12_000, created: 12_000 });
    const huge = await t.call(admin, 'POST', '/api/patient-imports', { csv: 'x'.repeat(17 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBeTruthy();
  }, 60_000);
});
