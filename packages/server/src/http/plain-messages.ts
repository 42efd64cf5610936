/**
 * Refusals in people's words: a field is named by its label ("Segment in row 1", "Reason for caution"), never by
 * its path (`regions.0.segment`), and a contract's rule is a sentence ("must be at least 3 characters"), never
 * zod's own text. The JSON keeps the path in `field` and the `code` for programs.
 */
import type { ZodError } from 'zod';

type Issue = ZodError['issues'][number];

/** Labels of fields whose name does not read well split into words. */
const LABELS: Record<string, string> = {
  cautionReason: 'Reason for caution',
  reason: 'Reason',
  npi: 'NPI',
  ein: 'EIN',
  em: 'E/M',
  emNote: 'E/M note',
  emCode: 'E/M code',
  dob: 'Date of birth',
  birthDate: 'Date of birth',
  givenName: 'Given name',
  familyName: 'Family name',
  memberId: 'Member ID',
  groupId: 'Group ID',
  portalAccountEmail: 'Portal account email',
  notBefore: 'Earliest day',
  notAfter: 'Latest day',
  start: 'Start time',
  end: 'End time',
  startTime: 'Start time',
  endTime: 'End time',
  visitType: 'Visit type',
  locationId: 'Location',
  providerId: 'Provider',
  patientId: 'Patient',
  roomId: 'Room',
  contentBase64: 'File',
  csv: 'CSV file',
  logoBase64: 'Logo',
  version: 'Version',
  q: 'Search text',
  id: 'Id',
  url: 'URL',
  zip: 'ZIP code',
  cpt: 'CPT code',
  icd10: 'ICD-10 code',
  hpi: 'History of present illness',
  totp: 'Two-factor code',
  code: 'Code',
};

/** "cautionReason" → "Caution reason"; "addressLine1" → "Address line 1". */
function words(name: string): string {
  const split = name
    .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .trim();
  return split.charAt(0).toUpperCase() + split.slice(1);
}

/**
 * A field's label from its path: the last named part, then "in row N" for each list position (counted from 1),
 * e.g. `regions.0.segment` → "Segment in row 1", `guardians.1` → "Guardians, row 2".
 */
export function fieldLabel(path: string): string {
  const parts = path.split('.');
  const names = parts.filter((p) => !/^\d+$/.test(p));
  const last = names.at(-1);
  const name = last === undefined ? 'This value' : (LABELS[last] ?? words(last));
  const positions = parts.flatMap((p, i) => (/^\d+$/.test(p) ? [{ i, n: Number(p) + 1 }] : []));
  const lastNameAt = last === undefined ? -1 : parts.lastIndexOf(last);
  const inRows = positions.filter((p) => p.i < lastNameAt).map((p) => ` in row ${p.n}`);
  const trailing = positions.filter((p) => p.i > lastNameAt).map((p) => `, row ${p.n}`);
  return `${name}${inRows.join('')}${trailing.join('')}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a group of answers',
  date: 'a date',
};

const FORMATS: Record<string, string> = {
  email: 'must be an email address, like name@example.com',
  datetime: 'must be a date and time',
  date: 'must be a date (YYYY-MM-DD)',
  time: 'must be a time (HH:MM)',
  url: 'must be a web address',
  uuid: 'must be an id',
  regex: 'is not in the expected form',
};

/** The rule a zod issue broke, as the end of a sentence whose subject is the field ("must be …", "is …"). */
function ruleOf(issue: Issue): string {
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      const more = issue.inclusive === false;
      if (issue.origin === 'string')
        return min <= 1 && !more
          ? 'is required'
          : `must be at least ${plural(min, 'character', 'characters')}`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `needs at least ${plural(min, 'entry', 'entries')}`;
      return more ? `must be more than ${min}` : `must be at least ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      const less = issue.inclusive === false;
      if (issue.origin === 'string') return `must be at most ${plural(max, 'character', 'characters')}`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `takes at most ${plural(max, 'entry', 'entries')}`;
      return less ? `must be less than ${max}` : `must be at most ${max}`;
    }
    case 'invalid_type':
      // zod leaves the input out of its issues; its message says what it received.
      return issue.input === undefined && /received (undefined|null)|^Required/.test(issue.message)
        ? 'is required'
        : `must be ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'invalid_value': {
      const values = issue.values.map(String);
      return values.length <= 6
        ? `must be one of: ${values.join(', ')}`
        : 'is not one of the choices offered';
    }
    case 'invalid_format':
      return FORMATS[issue.format] ?? 'is not in the expected form';
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return 'is not a field this form takes';
    case 'custom':
    case 'invalid_element':
    case 'invalid_key':
    case 'invalid_union':
      return 'is not valid';
  }
}

/** zod's own English for an issue, to tell a contract's own wording (kept) from zod's default (replaced). */
const ZOD_DEFAULT =
  /^(Invalid|Too (small|big)|Unrecognized key|Expected|Required|Number must|String must|Array must)/;

/** Ends a sentence with a full stop (unless it ends with one, or with "?" or "!"). */
const sentence = (s: string) => (/[.?!)]$/.test(s) ? s : `${s}.`);

/**
 * A zod issue as a sentence naming the field by its label: "Reason for caution must be at least 3 characters.",
 * "Segment in row 1 must be one of: …"; a contract's own message is kept after the label.
 */
export function plainIssue(issue: Issue | undefined, field: string): string {
  if (!issue) return `${fieldLabel(field)} is not valid.`;
  if (issue.code === 'unrecognized_keys') {
    // An unknown key has no label of ours: its words, then the key as sent.
    return `${fieldLabel(field)} (“${issue.keys[0] ?? field}”) is not a field this form takes.`;
  }
  if (!ZOD_DEFAULT.test(issue.message)) return plainRefusal(`${field}: ${issue.message}`, field);
  return sentence(`${fieldLabel(field)} ${ruleOf(issue)}`);
}

/** Rests of "field: …" that read on from the field's name ("must …", "is …"), so no colon is needed. */
const READS_ON = /^(must|is|are|has|have|needs|takes|should|cannot|can't|may)\b/;

/**
 * A refusal that starts with its field's path (`cautionReason: give a reason …`) names the field by its label
 * instead ("Reason for caution: give a reason …"); other messages are kept as they are.
 */
export function plainRefusal(message: string, field: string | undefined): string {
  if (!field || !message.startsWith(`${field}: `)) return message;
  const rest = message.slice(field.length + 2).trim();
  const label = fieldLabel(field);
  return sentence(READS_ON.test(rest) ? `${label} ${rest}` : `${label}: ${rest}`);
}
