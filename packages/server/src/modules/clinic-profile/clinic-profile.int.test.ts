import ICAL from 'ical.js';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { startSmtpSink, type SinkMessage } from '../../test-support/smtp-sink';
import { bookFollowUp, openEncounter, treatRegions } from '../../test-support/factories';
import { createMailer } from '../../mail/mailer';
import { clinicSender } from './profile-cache';
import { waitFor } from '../../test-support/wait-for';
import { fieldLabel } from '../../http/plain-messages';

const MAIL_FROM = 'Mail Robot <clinic@test.local>';
/** A 1×1 PNG. */
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const GIF_BASE64 = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1').toString('base64');

const LAKESIDE = {
  name: 'Lakeside Osteopathic',
  address: '200 Lake Shore Dr, Chicago, IL 60611',
  phone: '(312) 555-0142',
  npi: '1003000126',
  taxId: '987654321',
  logoDataUrl: `data:image/jpeg;base64,${PNG_BASE64}`,
};

/** A raw message with quoted-printable soft breaks and escapes undone (enough for ASCII text). */
function plain(mail: SinkMessage): string {
  return mail.raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

describe.each(TEST_DATABASES)('the clinic profile on $name', (kind) => {
  let t: TestApp;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let admin: string;
  const profile = () => t.call(admin, 'GET', '/api/clinic-profile');
  const save = async (patch: object = {}) => {
    const version = (await profile()).body.version as number;
    return t.call(admin, 'PUT', '/api/clinic-profile', { ...LAKESIDE, version, ...patch });
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(
      kind,
      { mailFrom: MAIL_FROM },
      // The mailer reads the profile of this app's own database at each send.
      { mailer: createMailer(sink.url, MAIL_FROM, () => clinicSender(t.handle.db)()) },
    );
    admin = await t.login('admin@demo.clinic');
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('the demo clinic has a profile; staff read it, anyone reads its public part, patients not the rest', async () => {
    const r = await profile();
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ name: 'OMT Clinic', npi: '1245319599', taxId: '12-3456789', version: 1 });
    const desk = await t.login('frontdesk@demo.clinic');
    expect((await t.call(desk, 'GET', '/api/clinic-profile')).status).toBe(200);
    expect((await t.call(await t.login('alex@demo.clinic'), 'GET', '/api/clinic-profile')).status).toBe(403);
    expect((await t.call(null, 'GET', '/api/clinic-profile')).status).toBe(401);
    const pub = await t.call(null, 'GET', '/api/clinic-profile/public');
    expect(pub.status).toBe(200);
    expect(pub.body).toEqual({
      name: 'OMT Clinic',
      address: '1 Euclid Ave, Cleveland, OH 44115',
      phone: '+1 216 555 0100',
      logoDataUrl: null,
    });
  });

  it('only an admin saves it', async () => {
    for (const email of ['frontdesk@demo.clinic', 'dr.still@demo.clinic', 'alex@demo.clinic']) {
      const r = await t.call(await t.login(email), 'PUT', '/api/clinic-profile', { ...LAKESIDE, version: 1 });
      expect(r.status, email).toBe(403);
    }
    expect((await t.call(null, 'PUT', '/api/clinic-profile', { ...LAKESIDE, version: 1 })).status).toBe(401);
    expect((await profile()).body).toMatchObject({ name: 'OMT Clinic', version: 1 });
  });

  it.each([
    ['name', { name: ' ' }],
    ['address', { address: 'x' }],
    ['phone', { phone: 'call us' }],
    ['phone', { phone: '12' }],
    ['npi', { npi: '123456789' }],
    ['npi', { npi: '1003000127' }],
    ['taxId', { taxId: '123-45-6789' }],
    ['taxId', { taxId: '12-345678' }],
    ['logoDataUrl', { logoDataUrl: `data:image/png;base64,${GIF_BASE64}` }],
    ['logoDataUrl', { logoDataUrl: `data:image/gif;base64,${GIF_BASE64}` }],
    ['logoDataUrl', { logoDataUrl: 'https://example.com/logo.png' }],
    [
      'logoDataUrl',
      {
        logoDataUrl: `data:image/png;base64,${Buffer.concat([
          Buffer.from(PNG_BASE64, 'base64'),
          Buffer.alloc(200 * 1024),
        ]).toString('base64')}`,
      },
    ],
    ['version', { version: undefined }],
    ['version', { version: -1 }],
    ['website', { website: 'https://lakeside.example' }],
  ])('refuses a bad %s (400 naming it, nothing saved)', async (field, patch) => {
    const before = (await profile()).body;
    const r = await save(patch);
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.body.field).toBe(field);
    expect(r.body.message.slice(0, fieldLabel(field).length)).toBe(fieldLabel(field));
    expect((await profile()).body).toEqual(before);
  });

  it('saves from the version read, checks the logo by its bytes, and refuses a stale edit (409)', async () => {
    const read = (await profile()).body;
    const saved = await t.call(admin, 'PUT', '/api/clinic-profile', { ...LAKESIDE, version: read.version });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({
      name: 'Lakeside Osteopathic',
      taxId: '98-7654321',
      npi: '1003000126',
      // Claimed JPEG, but its bytes are a PNG: kept as what it is.
      logoDataUrl: `data:image/png;base64,${PNG_BASE64}`,
      version: read.version + 1,
    });
    const stale = await t.call(admin, 'PUT', '/api/clinic-profile', {
      ...LAKESIDE,
      name: 'Someone Else Clinic',
      version: read.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'stale_clinic_profile', field: 'version' });
    expect((await profile()).body.name).toBe('Lakeside Osteopathic');
    const pub = await t.call(null, 'GET', '/api/clinic-profile/public');
    expect(pub.body).toEqual({
      name: 'Lakeside Osteopathic',
      address: LAKESIDE.address,
      phone: LAKESIDE.phone,
      logoDataUrl: `data:image/png;base64,${PNG_BASE64}`,
    });
    const audit = await t.call(admin, 'GET', '/api/audit?pageSize=20');
    expect(JSON.stringify(audit.body)).toContain('clinic_profile.update');
    // Empty NPI and tax id are allowed, and null removes the logo.
    const cleared = await save({ npi: '', taxId: null, logoDataUrl: null });
    expect(cleared.body).toMatchObject({ npi: null, taxId: null, logoDataUrl: null });
    expect((await save()).status).toBe(200);
  });

  it('the note PDF carries the profile: name, address, phone, NPI, tax id and logo', async () => {
    expect((await save()).status).toBe(200);
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
    await treatRegions(t, 'dr.still@demo.clinic', enc, ['lumbar']);
    const still = await t.login('dr.still@demo.clinic');
    expect((await t.call(still, 'POST', `/api/encounters/${enc}/sign`, {})).status).toBe(200);
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/encounters/${enc}/note.pdf`,
      headers: { authorization: `Bearer ${still}` },
    });
    expect(pdf.statusCode).toBe(200);
    const text = (await new PDFParse({ data: pdf.rawPayload }).getText()).text;
    for (const shown of [
      'Lakeside Osteopathic',
      LAKESIDE.address,
      LAKESIDE.phone,
      'NPI 1003000126',
      'Tax id 98-7654321',
    ]) {
      expect(text).toContain(shown);
    }
    expect(text).not.toContain('OMT Clinic');
    expect(pdf.rawPayload.toString('latin1')).toContain('/Subtype /Image');
  });

  it('mail comes from the clinic by name with its footer; invites and the calendar feed name it as organizer and place', async () => {
    expect((await save()).status).toBe(200);
    const appt = await bookFollowUp(t, 'maria@demo.clinic');
    const mail = await waitFor(
      () => sink.messages.find((m) => m.ics?.includes(`${appt.id}@omt-clinic`)),
      'the confirmation',
    );
    const text = plain(mail);
    expect(text).toMatch(/^From: "?Lakeside Osteopathic"? <clinic@test\.local>/m);
    expect(text).toContain(`Where: Lakeside Osteopathic`);
    expect(text).toContain(`-- \r\nLakeside Osteopathic\r\n${LAKESIDE.address}\r\n${LAKESIDE.phone}`);
    // Only the calendar's PRODID names the software (RFC 5545: the product that made it), not the clinic.
    expect(text.replace(/PRODID:.*/g, '')).not.toContain('OMT Clinic');
    const cal = new ICAL.Component(ICAL.parse(mail.ics ?? ''));
    const event = cal.getFirstSubcomponent('vevent');
    expect(event?.getFirstProperty('organizer')?.getParameter('cn')).toMatch(/^Lakeside Osteopathic /);
    expect(String(event?.getFirstPropertyValue('location'))).toMatch(/^Lakeside Osteopathic /);
    expect(mail.ics?.replace(/PRODID:.*/g, '')).not.toContain('OMT Clinic');

    // The provider's calendar feed names the clinic the same way.
    const still = await t.login('dr.still@demo.clinic');
    const feedUrl = (await t.call(still, 'POST', '/api/me/calendar-feed', {})).body.url as string;
    const feed = await t.app.inject({ method: 'GET', url: new URL(feedUrl).pathname });
    const feedCal = new ICAL.Component(ICAL.parse(feed.body));
    expect(feedCal.getFirstPropertyValue('x-wr-calname')).toBe('Lakeside Osteopathic — Dr. Andrea Still');
    const feedEvent = feedCal.getFirstSubcomponent('vevent');
    expect(feedEvent?.getFirstProperty('organizer')?.getParameter('cn')).toMatch(/^Lakeside Osteopathic /);
    expect(String(feedEvent?.getFirstPropertyValue('location'))).toMatch(/^Lakeside Osteopathic /);

    const invite = await t.call(admin, 'POST', '/api/staff/invitations', {
      email: 'dr.new@lakeside.example',
      displayName: 'Dr. Jordan New',
      role: 'physician',
      credential: 'MD',
      npi: '1234567893',
      locationIds: ['loc-cleveland'],
    });
    expect(invite.status).toBe(201);
    const invitation = await waitFor(
      () => sink.messages.find((m) => m.to.includes('dr.new@lakeside.example')),
      'the invitation',
    );
    expect(invitation.subject).toBe('Your Lakeside Osteopathic account');
    expect(plain(invitation)).toContain('You have been invited to Lakeside Osteopathic.');
  });

  it('the OpenAPI document lists the profile and checklist routes', async () => {
    const paths = (await t.call(null, 'GET', '/api/openapi.json')).body.paths as Record<string, object>;
    expect(Object.keys(paths['/api/clinic-profile'] ?? {})).toEqual(expect.arrayContaining(['get', 'put']));
    expect(Object.keys(paths['/api/clinic-profile/public'] ?? {})).toEqual(['get']);
    expect(Object.keys(paths['/api/setup-status'] ?? {})).toEqual(['get']);
  });
});
