/**
 * The patient fields a CSV import fills and the header names other practice systems (Jane, Cliniko, OpenEMR,
 * spreadsheets) use for them, to propose a mapping of columns to fields that the user then checks.
 */

export const IMPORT_FIELDS = [
  'givenName',
  'familyName',
  'birthDate',
  'sex',
  'email',
  'phone',
  'preferredLanguage',
  'addressLine1',
  'addressLine2',
  'city',
  'state',
  'postalCode',
  'guardianName',
  'guardianRelationship',
  'guardianPhone',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Each field's column index in the file, or null when the file has no such column. */
export type ColumnMapping = Record<ImportField, number | null>;

/** The fields every row needs, so the mapping must name a column for each. */
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['givenName', 'familyName', 'birthDate', 'sex'];

/** Header names as compared: lower case, accents, spaces, dashes, dots and underscores removed. */
export function headerKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_.\-/#()]+/g, '');
}

const SYNONYMS: Record<ImportField, string[]> = {
  givenName: [
    'firstname',
    'first',
    'given',
    'givenname',
    'fname',
    'forename',
    'patientfirstname',
    'legalfirstname',
  ],
  familyName: [
    'lastname',
    'last',
    'family',
    'familyname',
    'surname',
    'lname',
    'patientlastname',
    'legallastname',
  ],
  birthDate: ['dob', 'dateofbirth', 'birthdate', 'birthday', 'born', 'birth', 'patientdob'],
  sex: ['sex', 'gender', 'birthsex', 'sexatbirth', 'administrativesex'],
  email: ['email', 'emailaddress', 'mail', 'patientemail'],
  phone: [
    'phone',
    'mobile',
    'mobilephone',
    'cell',
    'cellphone',
    'phonenumber',
    'phonecell',
    'homephone',
    'phonehome',
    'telephone',
    'tel',
    'primaryphone',
  ],
  preferredLanguage: ['language', 'preferredlanguage', 'lang'],
  addressLine1: [
    'address',
    'address1',
    'addressline1',
    'street',
    'streetaddress',
    'street1',
    'addressstreet',
  ],
  addressLine2: ['address2', 'addressline2', 'street2', 'apt', 'suite', 'unit'],
  city: ['city', 'town', 'locality', 'addresscity'],
  state: ['state', 'province', 'region', 'st', 'addressstate'],
  postalCode: ['zip', 'zipcode', 'postalcode', 'postcode', 'postal', 'addresszip', 'postalzip'],
  guardianName: ['guardian', 'guardianname', 'parent', 'parentname', 'parentguardian', 'guarantor'],
  guardianRelationship: [
    'guardianrelationship',
    'relationship',
    'relationshiptopatient',
    'parentrelationship',
  ],
  guardianPhone: ['guardianphone', 'parentphone', 'guarantorphone'],
};

/**
 * A mapping proposed from the header: each field takes the first column whose name is one of its synonyms,
 * and a column serves at most one field.
 */
export function proposeMapping(header: readonly string[]): ColumnMapping {
  const keys = header.map(headerKey);
  const taken = new Set<number>();
  const mapping = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as ColumnMapping;
  for (const field of IMPORT_FIELDS) {
    const index = keys.findIndex((k, i) => !taken.has(i) && SYNONYMS[field].includes(k));
    if (index >= 0) {
      mapping[field] = index;
      taken.add(index);
    }
  }
  return mapping;
}

/** What is wrong with a mapping (a required field unmapped, a column that is not in the file, a column used twice). */
export function mappingProblem(
  mapping: ColumnMapping,
  columns: number,
): { field: ImportField; message: string } | null {
  for (const field of REQUIRED_IMPORT_FIELDS) {
    if (mapping[field] === null) return { field, message: 'needs a column (every patient needs it)' };
  }
  const seen = new Map<number, ImportField>();
  for (const field of IMPORT_FIELDS) {
    const index = mapping[field];
    if (index === null) continue;
    if (index >= columns) return { field, message: `column ${index + 1} is not in the file` };
    const other = seen.get(index);
    if (other) return { field, message: `column ${index + 1} is already mapped to ${other}` };
    seen.set(index, field);
  }
  return null;
}
