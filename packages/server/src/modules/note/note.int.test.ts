import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFParse } from 'pdf-parse';
import { updateEncounterIfStatus } from '@omt/db';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { bookFollowUp, openEncounter, treatRegions } from '../../test-support/factories';
import { fieldLabel } from '../../http/plain-messages';

const text = (over: Partial<Record<'hpi' | 'assessment' | 'plan' | 'emNote', string>> = {}) => ({
  hpi: '',
  assessment: '',
  plan: '',
  emNote: '',
  ...over,
});

describe.each(TEST_DATABASES)('the note text, templates and copy-forward on $name', (kind) => {
  let t: TestApp;
  let still: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    still = await t.login('dr.still@demo.clinic');
  });
  afterAll(() => t.close());

  async function draft(email = 'alex@demo.clinic') {
    const appt = await bookFollowUp(t, email);
    return openEncounter(t, 'dr.still@demo.clinic', appt.id);
  }

  it('saves the free text with a version, refuses a stale save (409 with the current text) and over-long text', async () => {
    const enc = await draft();
    const opened = await t.call(still, 'GET', `/api/encounters/${enc}`);
    expect(opened.body.noteText).toEqual({ ...text(), emCode: '', version: 0 });
    const first = await t.call(still, 'PUT', `/api/encounters/${enc}/note-text`, {
      version: 0,
      ...text({ hpi: 'Low back pain for 3 weeks after lifting.' }),
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ hpi: 'Low back pain for 3 weeks after lifting.', version: 1 });
    // Another tab still holds version 0: its save is refused and names what is saved now.
    const stale = await t.call(still, 'PUT', `/api/encounters/${enc}/note-text`, {
      version: 0,
      ...text({ hpi: 'Other tab' }),
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      code: 'stale_note',
      field: 'version',
      details: { current: { hpi: 'Low back pain for 3 weeks after lifting.', version: 1 } },
    });
    const kept = await t.call(still, 'GET', `/api/encounters/${enc}`);
    expect(kept.body.noteText.hpi).toBe('Low back pain for 3 weeks after lifting.');
    for (const field of ['hpi', 'assessment', 'plan', 'emNote'] as const) {
      const long = await t.call(still, 'PUT', `/api/encounters/${enc}/note-text`, {
        version: 1,
        ...text({ [field]: 'x'.repeat(4001) }),
      });
      expect(long.status).toBe(400);
      expect(long.body).toMatchObject({ code: 'validation_failed', field });
      expect(long.body.message).toBe(`${fieldLabel(field)}: at most 4000 characters.`);
    }
    const desk = await t.login('frontdesk@demo.clinic');
    const byDesk = await t.call(desk, 'PUT', `/api/encounters/${enc}/note-text`, { version: 1, ...text() });
    expect(byDesk.status).toBe(403);
  });

  it('signs only the text version it read: a save landing during signing keeps the note a draft', async () => {
    const enc = await draft();
    await t.call(still, 'PUT', `/api/encounters/${enc}/note-text`, {
      version: 0,
      ...text({ plan: 'Rest.' }),
    });
    // The signature read version 0; the save above moved it to 1 meanwhile.
    const signedStale = await updateEncounterIfStatus(t.handle.db, enc, 'draft', { status: 'signed' }, 0);
    expect(signedStale).toBe(false);
    expect((await t.call(still, 'GET', `/api/encounters/${enc}`)).body.status).toBe('draft');
    expect(await updateEncounterIfStatus(t.handle.db, enc, 'draft', { status: 'signed' }, 1)).toBe(true);
  });

  it('puts the free text in the signed note and its PDF, and the signed text never changes', async () => {
    const enc = await draft();
    await treatRegions(t, 'dr.still@demo.clinic', enc, ['lumbar']);
    const saved = await t.call(still, 'PUT', `/api/encounters/${enc}/note-text`, {
      version: 0,
      ...text({
        hpi: 'Aching low back since gardening.\nWorse sitting.',
        assessment: 'Mechanical low back pain, improving.',
        plan: 'Home stretches; follow up in 2 weeks.',
        emNote: 'New elevated blood pressure evaluated; home readings and GP letter.',
      }),
      emCode: '99213',
    });
    expect(saved.status).toBe(200);
    const signed = await t.call(still, 'POST', `/api/encounters/${enc}/sign`, { separateEmDocumented: true });
    expect(signed.status).toBe(200);
    expect(signed.body.coding.emModifier25).toBe(true);
    const note = signed.body.note as string;
    expect(note).toContain(
      'History of present illness: Aching low back since gardening.\n      Worse sitting.',
    );
    expect(note).toContain('Assessment: Mechanical low back pain, improving.');
    expect(note).toContain('Plan: Home stretches; follow up in 2 weeks.');
    expect(note).toContain('Separately identifiable E/M: New elevated blood pressure evaluated');
    expect(note.indexOf('History of present illness')).toBeLessThan(note.indexOf('O: Structural exam'));
    expect(note.indexOf('Plan: Home stretches')).toBeGreaterThan(note.indexOf('P: OMT given'));

    const change = await t.call(still, 'PUT', `/api/encounters/${enc}/note-text`, {
      version: 1,
      ...text({ hpi: 'changed after signing' }),
    });
    expect(change.status).toBe(409);
    expect(change.body.code).toBe('encounter_signed');
    const copy = await t.call(still, 'POST', `/api/encounters/${enc}/exam/copy-forward`, {});
    expect(copy.status).toBe(409);
    const after = await t.call(still, 'GET', `/api/encounters/${enc}`);
    expect(after.body.note).toBe(note);
    expect(after.body.noteText.hpi).toBe('Aching low back since gardening.\nWorse sitting.');
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/encounters/${enc}/note.pdf`,
      headers: { authorization: `Bearer ${still}` },
    });
    const pdfText = (await new PDFParse({ data: pdf.rawPayload }).getText()).text;
    expect(pdfText).toContain('Mechanical low back pain, improving.');
    expect(pdfText).toContain('Home stretches; follow up in 2 weeks.');
  });

  it('asks for the E/M note before adding modifier 25, from the draft or the signature', async () => {
    const enc = await draft();
    await treatRegions(t, 'dr.still@demo.clinic', enc, ['lumbar']);
    const none = await t.call(still, 'POST', `/api/encounters/${enc}/sign`, { separateEmDocumented: true });
    expect(none.status).toBe(400);
    expect(none.body.field).toBe('emNote');
    const blank = await t.call(still, 'PUT', `/api/encounters/${enc}/note-text`, {
      version: 0,
      ...text({ emNote: '   ' }),
    });
    expect(blank.body.emNote).toBe('');
    const stillNone = await t.call(still, 'POST', `/api/encounters/${enc}/sign`, {
      separateEmDocumented: true,
    });
    expect(stillNone.status).toBe(400);
    const signed = await t.call(still, 'POST', `/api/encounters/${enc}/sign`, {});
    expect(signed.status).toBe(200);
    expect(signed.body.coding.emModifier25).toBe(false);
    expect(signed.body.note).not.toContain('Separately identifiable E/M');
  });

  it('copies the last signed exam forward, marked until confirmed or edited, and signing waits for that', async () => {
    const none = await draft('maria@demo.clinic');
    const nothing = await t.call(still, 'POST', `/api/encounters/${none}/exam/copy-forward`, {});
    expect(nothing.status).toBe(422);
    expect(nothing.body.code).toBe('no_previous_exam');

    const firstAppt = await bookFollowUp(t, 'alex@demo.clinic');
    const first = await openEncounter(t, 'dr.still@demo.clinic', firstAppt.id);
    await treatRegions(t, 'dr.still@demo.clinic', first, ['lumbar', 'sacral', 'thoracic']);
    expect((await t.call(still, 'POST', `/api/encounters/${first}/sign`, {})).status).toBe(200);
    const firstDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(
      new Date(firstAppt.start),
    );

    const enc = await draft();
    const copied = await t.call(still, 'POST', `/api/encounters/${enc}/exam/copy-forward`, {});
    expect(copied.status).toBe(200);
    expect(copied.body.exam).toHaveLength(3);
    for (const row of copied.body.exam) {
      expect(row).toMatchObject({
        tenderness: true,
        restriction: true,
        copiedFrom: firstDate,
        copyConfirmed: false,
      });
    }
    expect(copied.body.signBlockers.map((b: { code: string }) => b.code)).toContain(
      'copied_exam_unconfirmed',
    );
    await t.call(still, 'POST', `/api/encounters/${enc}/consents`, {
      technique: 'soft_tissue',
      decision: 'given',
      method: 'verbal',
    });
    await t.call(still, 'POST', `/api/encounters/${enc}/treatments`, {
      region: 'lumbar',
      technique: 'soft_tissue',
      position: 'prone',
      response: 'improved',
    });
    const refused = await t.call(still, 'POST', `/api/encounters/${enc}/sign`, {});
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('copied_exam_unconfirmed');

    const row = (region: string) =>
      (copied.body.exam as { region: string }[]).find((r) => r.region === region) as Record<string, unknown>;
    const saved = await t.call(still, 'PUT', `/api/encounters/${enc}/exam`, {
      regions: [
        { ...row('lumbar'), copyConfirmed: true }, // re-examined: the same findings
        { ...row('sacral'), asymmetry: true }, // edited: examined at this visit
        { ...row('thoracic') }, // still as copied
        // A page cannot mark a row as copied that was not.
        {
          region: 'cervical',
          tenderness: true,
          asymmetry: false,
          restriction: false,
          tissueTexture: false,
          copiedFrom: firstDate,
        },
      ],
    });
    expect(saved.status).toBe(200);
    const byRegion = Object.fromEntries((saved.body.exam as { region: string }[]).map((r) => [r.region, r]));
    expect(byRegion.lumbar).toMatchObject({ copiedFrom: firstDate, copyConfirmed: true });
    expect(byRegion.sacral).not.toHaveProperty('copiedFrom');
    expect(byRegion.thoracic).toMatchObject({ copiedFrom: firstDate, copyConfirmed: false });
    expect(byRegion.cervical).not.toHaveProperty('copiedFrom');
    expect(saved.body.signBlockers).toEqual([
      expect.objectContaining({
        code: 'copied_exam_unconfirmed',
        message: expect.stringContaining('Thoracic'),
      }),
    ]);
    const confirmed = await t.call(still, 'PUT', `/api/encounters/${enc}/exam`, {
      regions: (saved.body.exam as Record<string, unknown>[]).map((r) =>
        r.region === 'thoracic' ? { ...r, copyConfirmed: true } : r,
      ),
    });
    expect(confirmed.body.signBlockers).toEqual([]);
    const signed = await t.call(still, 'POST', `/api/encounters/${enc}/sign`, {});
    expect(signed.status).toBe(200);
    expect(signed.body.note).toMatch(
      new RegExp(`Lumbar: .*\\[copied from the visit of ${firstDate}; re-examined and confirmed\\]`),
    );
    expect(signed.body.note).toMatch(/Sacral: [^\n]*asymmetry[^\n[]*\n/);
  });

  it('lists the note endpoints in the OpenAPI document', async () => {
    const paths = (await t.call(null, 'GET', '/api/openapi.json')).body.paths as Record<string, object>;
    expect(Object.keys(paths['/api/encounters/{id}/note-text'] ?? {})).toEqual(['put']);
    expect(Object.keys(paths['/api/encounters/{id}/exam/copy-forward'] ?? {})).toEqual(['post']);
    expect(Object.keys(paths['/api/note-templates'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(paths['/api/note-templates/{id}'] ?? {}).sort()).toEqual(['delete', 'put']);
  });

  it("lets the admin keep the clinic's templates and each clinician their own", async () => {
    const admin = await t.login('admin@demo.clinic');
    const kim = await t.login('dr.kim@demo.clinic');
    const desk = await t.login('frontdesk@demo.clinic');
    const seeded = await t.call(still, 'GET', '/api/note-templates');
    expect(seeded.status).toBe(200);
    expect(seeded.body.templates.map((x: { shortcut: string }) => x.shortcut)).toContain('.lbp');
    expect(seeded.body.templates.every((x: { canEdit: boolean }) => !x.canEdit)).toBe(true);

    const clinic = await t.call(admin, 'POST', '/api/note-templates', {
      shortcut: 'HEP',
      title: 'Home exercise',
      body: 'Home exercise programme reviewed.',
      scope: 'clinic',
    });
    expect(clinic.status).toBe(201);
    expect(clinic.body).toMatchObject({ shortcut: '.hep', scope: 'clinic', canEdit: true });
    const notByPhysician = await t.call(still, 'POST', '/api/note-templates', {
      shortcut: '.x',
      title: 'x',
      body: 'x',
      scope: 'clinic',
    });
    expect(notByPhysician.status).toBe(403);
    const mine = await t.call(still, 'POST', '/api/note-templates', {
      shortcut: '.hep',
      title: 'My home exercise',
      body: 'Cat-camel and pelvic tilts, 10 each, twice daily.',
      scope: 'mine',
    });
    expect(mine.status).toBe(201);
    const twice = await t.call(still, 'POST', '/api/note-templates', {
      shortcut: '.HEP',
      title: 'again',
      body: 'again',
      scope: 'mine',
    });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'shortcut_taken', field: 'shortcut' });
    for (const [body, field] of [
      [{ shortcut: '.a b', title: 'x', body: 'x', scope: 'mine' }, 'shortcut'],
      [{ shortcut: '.ok', title: '', body: 'x', scope: 'mine' }, 'title'],
      [{ shortcut: '.ok', title: 'x', body: 'x'.repeat(4001), scope: 'mine' }, 'body'],
    ] as const) {
      const bad = await t.call(still, 'POST', '/api/note-templates', body);
      expect(bad.status).toBe(400);
      expect(bad.body.field).toBe(field);
    }

    const seenByStill = await t.call(still, 'GET', '/api/note-templates');
    expect(
      seenByStill.body.templates
        .filter((x: { shortcut: string }) => x.shortcut === '.hep')
        .map((x: { scope: string }) => x.scope),
    ).toEqual(['mine', 'clinic']); // one's own first: it wins
    const seenByKim = await t.call(kim, 'GET', '/api/note-templates');
    expect(seenByKim.body.templates.map((x: { id: string }) => x.id)).not.toContain(mine.body.id);
    const kimEdits = await t.call(kim, 'PUT', `/api/note-templates/${mine.body.id}`, {
      shortcut: '.hep',
      title: 'x',
      body: 'x',
      scope: 'mine',
    });
    expect(kimEdits.status).toBe(404);
    expect((await t.call(kim, 'DELETE', `/api/note-templates/${mine.body.id}`)).status).toBe(404);
    expect((await t.call(still, 'DELETE', `/api/note-templates/${clinic.body.id}`)).status).toBe(403);
    expect((await t.call(desk, 'GET', '/api/note-templates')).status).toBe(403);

    const edited = await t.call(still, 'PUT', `/api/note-templates/${mine.body.id}`, {
      shortcut: '.hep2',
      title: 'Home exercise (mine)',
      body: 'Pelvic tilts.',
      scope: 'mine',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ shortcut: '.hep2', body: 'Pelvic tilts.', canEdit: true });
    const toClinic = await t.call(still, 'PUT', `/api/note-templates/${mine.body.id}`, {
      shortcut: '.hep2',
      title: 'x',
      body: 'x',
      scope: 'clinic',
    });
    expect(toClinic.status).toBe(400);
    expect(toClinic.body.field).toBe('scope');
    expect((await t.call(still, 'DELETE', `/api/note-templates/${mine.body.id}`)).status).toBe(200);
    expect((await t.call(admin, 'DELETE', `/api/note-templates/${clinic.body.id}`)).status).toBe(200);
    const left = await t.call(still, 'GET', '/api/note-templates');
    expect(left.body.templates.map((x: { shortcut: string }) => x.shortcut)).not.toContain('.hep');
  });
});
