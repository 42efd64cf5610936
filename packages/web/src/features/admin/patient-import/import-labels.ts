import type { ImportMapping } from '@omt/contracts';

type Field = keyof ImportMapping;

/** The patient fields of an import as the admin reads them, in the order the mapping form shows them. */
export const IMPORT_FIELD_LABELS: Record<Field, string> = {
  givenName: 'First name',
  familyName: 'Last name',
  birthDate: 'Date of birth',
  sex: 'Sex',
  email: 'Email',
  phone: 'Phone',
  preferredLanguage: 'Preferred language',
  addressLine1: 'Address line 1',
  addressLine2: 'Address line 2',
  city: 'City',
  state: 'State',
  postalCode: 'ZIP code',
  guardianName: 'Guardian name',
  guardianRelationship: 'Guardian relationship',
  guardianPhone: 'Guardian phone',
};

export const REQUIRED_FIELDS: readonly Field[] = ['givenName', 'familyName', 'birthDate', 'sex'];

const PATH_LABELS: Record<string, string> = {
  row: 'Row',
  guardians: 'Guardian',
  'address.lines': 'Address line 1',
  'address.lines.0': 'Address line 1',
  'address.lines.1': 'Address line 2',
  'address.city': 'City',
  'address.state': 'State',
  'address.postalCode': 'ZIP code',
  'guardians.0.name': 'Guardian name',
  'guardians.0.phone': 'Guardian phone',
};

/** The label of a refused row's field (`address.city` → City). */
export function importErrorLabel(path: string): string {
  return PATH_LABELS[path] ?? IMPORT_FIELD_LABELS[path as Field] ?? path;
}
