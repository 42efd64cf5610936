import { describe, expect, it } from 'vitest';
import { choiceNamed, firstFhirProblem } from './fhir-validator';

describe('naming the element a FHIR problem is in', () => {
  const bundle = {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      { resource: { resourceType: 'Patient' } },
      { resource: { resourceType: 'Observation', valueQuantity: { value: 'high' } } },
    ],
  };

  it('names a choice element as the resource sends it, through lists and nested resources', () => {
    expect(choiceNamed(bundle, 'Bundle.entry[1].resource.value[x].value')).toBe(
      'Bundle.entry[1].resource.valueQuantity.value',
    );
    expect(
      choiceNamed({ resourceType: 'Observation', effectivePeriod: {} }, 'Observation.effective[x]'),
    ).toBe('Observation.effectivePeriod');
  });

  it('keeps a path it cannot follow as the validator gave it', () => {
    expect(choiceNamed(bundle, 'Bundle.entry[5].resource.value[x]')).toBe(
      'Bundle.entry[5].resource.value[x]',
    );
    expect(choiceNamed(bundle, 'Bundle.type')).toBe('Bundle.type');
  });

  it("answers the validator's first problem of a Bundle with the choice named", () => {
    const problem = firstFhirProblem({
      ...bundle,
      entry: [
        {
          resource: {
            resourceType: 'Observation',
            status: 'final',
            code: { text: 'Weight' },
            valueQuantity: { value: 'high' },
          },
          request: { method: 'POST', url: 'Observation' },
        },
      ],
    } as never);
    expect(problem?.path).toBe('Bundle.entry[0].resource.valueQuantity.value');
  });
});
