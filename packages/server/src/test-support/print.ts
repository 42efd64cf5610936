import { PDFParse } from 'pdf-parse';
import type { TestApp } from './test-app';

export interface FetchedPdf {
  status: number;
  type: string | undefined;
  /** The error body when not 200. */
  error: { code: string; message: string } | null;
  /** All pages' text, and each page's own. */
  text: string;
  pages: string[];
  bytes: Buffer;
}

/** GETs a PDF as a login and reads its text back page by page (as a reader's copy-paste would). */
export async function fetchPdf(t: TestApp, token: string, url: string): Promise<FetchedPdf> {
  const res = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  if (res.statusCode !== 200) {
    return {
      status: res.statusCode,
      type: res.headers['content-type'] as string | undefined,
      error: JSON.parse(res.body) as { code: string; message: string },
      text: '',
      pages: [],
      bytes: res.rawPayload,
    };
  }
  const parsed = await new PDFParse({ data: res.rawPayload }).getText();
  return {
    status: 200,
    type: res.headers['content-type'] as string | undefined,
    error: null,
    text: parsed.text,
    pages: parsed.pages.map((p) => p.text),
    bytes: res.rawPayload,
  };
}

/** The admin records a clinician's credential and NPI (the demo's clinicians have none), keeping the rest. */
export async function recordClinicianNpi(
  t: TestApp,
  email: string,
  credential: 'DO' | 'MD',
  npi: string,
): Promise<void> {
  const admin = await t.login('admin@demo.clinic');
  const staff = (await t.call(admin, 'GET', '/api/staff')).body.items as Record<string, unknown>[];
  const member = staff.find((s) => s.email === email);
  if (!member) throw new Error(`no staff member ${email}`);
  const r = await t.call(admin, 'PUT', `/api/staff/${String(member.id)}`, {
    displayName: member.displayName,
    role: member.role,
    credential,
    npi,
    supervisorId: (member.supervisor as { id: string } | null)?.id ?? null,
    locationIds: member.locationIds,
  });
  if (r.status !== 200) throw new Error(`record NPI of ${email} → ${r.status} ${JSON.stringify(r.body)}`);
}
