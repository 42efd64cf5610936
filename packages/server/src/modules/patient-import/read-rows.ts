/**
 * Reads the data rows of a CSV import into registrations, with the same rules as `POST /api/patients` (the
 * `RegisterPatient` contract and the registration's own checks); a refused row names each field, the file's
 * column it came from and the rule.
 */
import { RegisterPatient, type ImportMapping, type ImportRowError } from '@omt/contracts';
import {
  parseImportDate,
  parseImportLanguage,
  parseImportRelationship,
  parseImportSex,
  type CsvRecord,
  type ImportField,
} from '@omt/domain';
import type { RequestContext } from '../../context';
import { DomainError } from '../../errors';
import { checkRegistration, type Registration } from '../patients/registration';
import type { Guardian } from '@omt/contracts';

export interface ReadRow {
  /** The row number as a spreadsheet shows it (the header is row 1). */
  row: number;
  name: string;
  errors: ImportRowError[];
  /** The registration and its guardians as stored, when the row has no error. */
  registration: (Registration & { storedGuardians: Guardian[] }) | null;
}

/** The import field a contract path comes from (`address.city` → city, `guardians.0.phone` → guardianPhone). */
function importFieldOf(path: string): ImportField | null {
  const [head, second, third] = path.split('.');
  if (head === 'address') {
    if (second === 'lines') return third === '1' ? 'addressLine2' : 'addressLine1';
    if (second === 'city' || second === 'state' || second === 'postalCode') return second;
    return 'addressLine1';
  }
  if (head === 'guardians') {
    if (third === 'phone') return 'guardianPhone';
    if (third === 'relationship') return 'guardianRelationship';
    return 'guardianName';
  }
  const direct: readonly string[] = ['givenName', 'familyName', 'birthDate', 'sex', 'email', 'phone'];
  if (head === 'preferredLanguage') return 'preferredLanguage';
  return head && direct.includes(head) ? (head as ImportField) : null;
}

export class RowReader {
  constructor(
    private readonly header: readonly string[],
    private readonly mapping: ImportMapping,
  ) {}

  private cell(fields: readonly string[], field: ImportField): string {
    const i = this.mapping[field];
    return i === null ? '' : (fields[i] ?? '').trim();
  }

  private error(path: string, message: string): ImportRowError {
    const field = importFieldOf(path);
    const index = field ? this.mapping[field] : null;
    return { field: path, column: index === null ? null : (this.header[index] ?? null), message };
  }

  /** One record read and checked; `row` is its spreadsheet row number. */
  async read(ctx: RequestContext, record: CsvRecord, row: number): Promise<ReadRow> {
    const get = (f: ImportField) => this.cell(record.fields, f);
    const name = [get('familyName'), get('givenName')].filter(Boolean).join(', ');
    if (record.fields.length !== this.header.length) {
      const message = `has ${record.fields.length} columns where the header has ${this.header.length} (a comma inside an unquoted value?)`;
      return { row, name, errors: [{ field: 'row', column: null, message }], registration: null };
    }
    const errors: ImportRowError[] = [];
    const birth = parseImportDate(get('birthDate'));
    if ('error' in birth) errors.push(this.error('birthDate', birth.error));
    const sex = parseImportSex(get('sex'));
    if (!sex)
      errors.push(this.error('sex', `${get('sex')} must be female, male, other or unknown (or F, M, O, U)`));
    const language = parseImportLanguage(get('preferredLanguage'));
    if (!language)
      errors.push(this.error('preferredLanguage', `${get('preferredLanguage')} must be English or Spanish`));
    const address = [get('addressLine1'), get('addressLine2'), get('city'), get('state'), get('postalCode')];
    const guardianName = get('guardianName');
    const guardianPhone = get('guardianPhone');
    const input = {
      givenName: get('givenName'),
      familyName: get('familyName'),
      birthDate: 'date' in birth ? birth.date : '2000-01-01',
      sex: sex ?? 'unknown',
      email: get('email') || null,
      phone: get('phone') || null,
      preferredLanguage: language ?? 'en',
      address: address.some(Boolean)
        ? {
            lines: [get('addressLine1'), get('addressLine2')].filter(Boolean),
            city: get('city'),
            state: get('state'),
            postalCode: get('postalCode'),
          }
        : null,
      guardians:
        guardianName || guardianPhone
          ? [
              {
                name: guardianName,
                relationship: parseImportRelationship(get('guardianRelationship')),
                phone: guardianPhone || null,
              },
            ]
          : [],
    };
    const parsed = RegisterPatient.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.map(String).join('.') || 'row';
        if (!errors.some((e) => e.field === path)) errors.push(this.error(path, issue.message));
      }
    }
    if (errors.length || !parsed.success) return { row, name, errors, registration: null };
    const { duplicateReason: _none, ...registration } = parsed.data;
    try {
      const { guardians } = await checkRegistration(ctx, registration);
      return { row, name, errors, registration: { ...registration, storedGuardians: guardians } };
    } catch (e) {
      if (!(e instanceof DomainError) || e.status !== 400 || !e.field) throw e;
      const message = e.message.startsWith(`${e.field}: `) ? e.message.slice(e.field.length + 2) : e.message;
      return { row, name, errors: [this.error(e.field, message)], registration: null };
    }
  }
}
