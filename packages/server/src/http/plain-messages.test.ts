import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldLabel, plainIssue, plainRefusal } from './plain-messages';

/** The first issue of parsing `value` with `schema`, and its field path as the server names it. */
function refusal(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a refusal');
  const issue = result.error.issues[0];
  const path =
    issue?.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : (issue?.path ?? []);
  return plainIssue(issue, path.map(String).join('.'));
}

describe('field labels', () => {
  it.each([
    ['regions.0.segment', 'Segment in row 1'],
    ['guardians.1.portalAccountEmail', 'Portal account email in row 2'],
    ['cautionReason', 'Reason for caution'],
    ['addressLine1', 'Address line 1'],
    ['conditions.2', 'Conditions, row 3'],
    ['npi', 'NPI'],
    ['insurance.memberId', 'Member ID'],
  ])('%s reads "%s"', (path, label) => {
    expect(fieldLabel(path)).toBe(label);
  });
});

describe('zod refusals in plain sentences', () => {
  const exam = z.object({ regions: z.array(z.object({ segment: z.enum(['C1', 'C2']) })) });
  it.each([
    ['an enum in a list', exam, { regions: [{ segment: 'X9' }] }, 'Segment in row 1 must be one of: C1, C2.'],
    [
      'a too-short text',
      z.object({ cautionReason: z.string().min(3) }),
      { cautionReason: 'x' },
      'Reason for caution must be at least 3 characters.',
    ],
    ['a missing text', z.object({ givenName: z.string() }), {}, 'Given name is required.'],
    [
      'an empty required text',
      z.object({ reason: z.string().min(1) }),
      { reason: '' },
      'Reason is required.',
    ],
    [
      'a too-long text',
      z.object({ note: z.string().max(5) }),
      { note: 'far too long' },
      'Note must be at most 5 characters.',
    ],
    ['a wrong type', z.object({ count: z.number() }), { count: 'two' }, 'Count must be a number.'],
    [
      'a number too big',
      z.object({ weeks: z.number().int().max(45) }),
      { weeks: 50 },
      'Weeks must be at most 45.',
    ],
    [
      'a date-time',
      z.object({ start: z.iso.datetime() }),
      { start: 'tomorrow' },
      'Start time must be a date and time.',
    ],
    [
      'an email',
      z.object({ email: z.email() }),
      { email: 'nope' },
      'Email must be an email address, like name@example.com.',
    ],
    [
      'an unknown key',
      z.strictObject({ a: z.string() }),
      { a: 'x', werewolfBite: true },
      'Werewolf bite (“werewolfBite”) is not a field this form takes.',
    ],
    [
      "a contract's own message, kept",
      z.object({ reason: z.string().min(3, 'say why the visit is cancelled') }),
      { reason: '' },
      'Reason: say why the visit is cancelled.',
    ],
  ])('%s', (_what, schema, value, text) => {
    expect(refusal(schema, value)).toBe(text);
  });

  it('never shows a raw path or zod’s own words', () => {
    const text = refusal(exam, { regions: [{ segment: 'X9' }] });
    expect(text).not.toMatch(/regions\.0|Invalid option|expected/);
  });
});

describe('refusals written as "field: text"', () => {
  it.each([
    [
      'cautionReason: give a reason to proceed despite the caution',
      'cautionReason',
      'Reason for caution: give a reason to proceed despite the caution.',
    ],
    [
      'newPassword: must differ from the current password',
      'newPassword',
      'New password must differ from the current password.',
    ],
    ['a visit type named twice', 'visitType', 'a visit type named twice'],
    ['start: not an open slot.', undefined, 'start: not an open slot.'],
  ])('%s', (message, field, text) => {
    expect(plainRefusal(message, field)).toBe(text);
  });
});
