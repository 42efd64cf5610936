import { useState } from 'react';
import type { Encounter } from '@omt/contracts';
import { API } from '../../api/endpoints';
import type { TechniqueId } from '@omt/domain';
import { call } from '../../api/client';
import { RadioGroup } from '../../components/choice-group';
import { ErrorAlert } from '../../components/messages';
import { TECHNIQUE_LABELS } from '../../labels';
import { formatStamp } from '../../time';

type ConsentRecord = Encounter['consents'][number];

/** The latest consent decision per technique in this encounter. */
export function latestConsents(encounter: Encounter): Map<TechniqueId, ConsentRecord> {
  const latest = new Map<TechniqueId, ConsentRecord>();
  for (const c of [...encounter.consents].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt)))
    latest.set(c.technique, c);
  return latest;
}

export function consentText(c: ConsentRecord | undefined): string {
  if (!c) return 'No consent recorded';
  return `${c.decision === 'given' ? 'Consent given' : 'Consent refused'} (${c.method}) ${formatStamp(c.recordedAt)}`;
}

/** Records the patient's consent or refusal for one technique. */
export function ConsentControls(props: {
  encounter: Encounter;
  technique: TechniqueId;
  readOnly: boolean;
  onChange: (e: Encounter) => void;
}) {
  const { encounter, technique, readOnly, onChange } = props;
  const [method, setMethod] = useState<'verbal' | 'written'>('verbal');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const current = latestConsents(encounter).get(technique);

  const record = async (decision: 'given' | 'refused') => {
    setBusy(true);
    setError(null);
    try {
      const consent = await call(API.recordConsent, {
        params: { id: encounter.id },
        body: { technique, decision, method },
      });
      onChange({ ...encounter, consents: [...encounter.consents, consent] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="consent">
      <h3>Consent for {TECHNIQUE_LABELS[technique]}</h3>
      <p>
        Current: <strong>{consentText(current)}</strong>
      </p>
      {!readOnly && (
        <>
          <RadioGroup
            legend="How was it given?"
            name="consent-method"
            inline
            options={[
              { value: 'verbal', label: 'Verbal' },
              { value: 'written', label: 'Written' },
            ]}
            value={method}
            onChange={setMethod}
          />
          <div className="actions">
            <button type="button" disabled={busy} onClick={() => void record('given')}>
              Consent given
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={busy}
              onClick={() => void record('refused')}
            >
              Consent refused
            </button>
          </div>
          {error !== null && <ErrorAlert error={error} title="Consent not recorded:" />}
        </>
      )}
    </div>
  );
}
