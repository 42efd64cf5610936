/** The operations the API serves, as the CapabilityStatement lists them (system level and per type). */
const BULK = 'http://hl7.org/fhir/uv/bulkdata/OperationDefinition';

export const SYSTEM_OPERATIONS = [{ name: 'export', definition: `${BULK}/export` }];

const TYPE_OPERATIONS: Record<string, { name: string; definition: string }[]> = {
  Patient: [
    { name: 'export', definition: `${BULK}/patient-export` },
    { name: 'everything', definition: 'http://hl7.org/fhir/OperationDefinition/Patient-everything' },
  ],
  Group: [{ name: 'export', definition: `${BULK}/group-export` }],
};

/** A type's operations, spread into its CapabilityStatement entry. */
export const operationsOf = (type: string) =>
  TYPE_OPERATIONS[type] ? { operation: TYPE_OPERATIONS[type] } : {};
