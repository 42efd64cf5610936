/**
 * A `patients` row of plain demographics named by its id (the family name is the id), for tests and benches that
 * insert patients directly rather than registering them.
 */
export const plainPatientRow = (id: string) => ({
  id,
  given_name: 'Pat',
  family_name: id,
  birth_date: '1980-01-01',
  sex: 'unknown',
  factors_json: '{}',
  summary: '',
  created_at: '2026-01-01T00:00:00Z',
});
