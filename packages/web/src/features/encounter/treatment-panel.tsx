import { useState } from 'react';
import { API } from '../../api/endpoints';
import {
  isTechniqueApplicable,
  REGION_IDS,
  TECHNIQUE_IDS,
  techniquesForRegion,
  type RegionId,
  type TechniqueId,
} from '@omt/domain';
import { call } from '../../api/client';
import { useApi } from '../../api/use-api';
import { LoadState } from '../../components/messages';
import { REGION_LABELS, TECHNIQUE_LABELS } from '../../labels';
import { ConsentControls, consentText, latestConsents } from './consent-controls';
import { SafetyVerdict } from './safety-verdict';
import { TreatmentForm } from './treatment-form';
import { TreatmentsTable } from './treatments-table';
import type { EncounterPanelProps } from './panel-props';

const isRegion = (v: string): v is RegionId => (REGION_IDS as readonly string[]).includes(v);
const isTechnique = (v: string): v is TechniqueId => (TECHNIQUE_IDS as readonly string[]).includes(v);

/** Choose region and technique → safety verdict → consent → document the treatment. */
export function TreatmentPanel({ encounter, readOnly, onChange }: EncounterPanelProps) {
  const [region, setRegion] = useState<RegionId | ''>('');
  const [technique, setTechnique] = useState<TechniqueId | ''>('');
  const key = `${region}|${technique}`;
  // Only the techniques that can be applied to the chosen region are offered; a region change drops one that cannot.
  const offered = region ? techniquesForRegion(region) : TECHNIQUE_IDS;
  const chooseRegion = (r: RegionId | '') => {
    setRegion(r);
    if (r && technique && !isTechniqueApplicable(technique, r)) setTechnique('');
  };
  const safety = useApi(
    async (signal) =>
      region && technique
        ? {
            key,
            result: await call(API.checkSafety, {
              params: { id: encounter.id },
              query: { region, technique },
              signal,
            }),
          }
        : null,
    [region, technique, encounter.id, encounter.exam, encounter.redFlags],
  );
  // Keep the last verdict on screen while it is re-checked, but never one of another region/technique.
  const verdict = safety.data && safety.data.key === key ? safety.data.result : null;
  const consents = latestConsents(encounter);

  return (
    <section aria-labelledby="treatment-heading" className="card">
      <h2 id="treatment-heading">3. Treatment</h2>
      <TreatmentsTable encounter={encounter} />
      {!readOnly && (
        <>
          <h3>Add a treatment</h3>
          <div className="filters">
            <div className="field">
              <label htmlFor="treat-region">Region</label>
              <select
                id="treat-region"
                value={region}
                onChange={(e) => chooseRegion(isRegion(e.target.value) ? e.target.value : '')}
              >
                <option value="">Choose a region</option>
                {REGION_IDS.map((r) => (
                  <option key={r} value={r}>
                    {REGION_LABELS[r]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="treat-technique">Technique</label>
              <select
                id="treat-technique"
                aria-describedby="treat-technique-hint"
                value={technique}
                onChange={(e) => setTechnique(isTechnique(e.target.value) ? e.target.value : '')}
              >
                <option value="">Choose a technique</option>
                {offered.map((t) => (
                  <option key={t} value={t}>
                    {TECHNIQUE_LABELS[t]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p className="hint" id="treat-technique-hint">
            {region
              ? `Only techniques that can be applied to the ${REGION_LABELS[region].toLowerCase()} region are listed.`
              : 'Choose a region first to see only the techniques that apply to it.'}
          </p>
          {region && technique ? (
            <>
              <LoadState loading={safety.loading && !verdict} error={safety.error} what="the safety check" />
              {verdict && <SafetyVerdict result={verdict} />}
              <ConsentControls
                encounter={encounter}
                technique={technique}
                readOnly={readOnly}
                onChange={onChange}
              />
              {encounter.omtOnHold && (
                <p className="text-danger" data-testid="hold-notice">
                  <strong>⚠ OMT on hold:</strong> “Record treatment” is refused until every red flag is
                  cleared for OMT (<a href="#red-flags-heading">see the red flags</a>).
                </p>
              )}
              {verdict && (
                <TreatmentForm
                  key={key}
                  encounter={encounter}
                  region={region}
                  technique={technique}
                  verdict={verdict.verdict}
                  onRecorded={onChange}
                />
              )}
            </>
          ) : (
            <p className="muted">
              Choose a region and a technique to see the safety check and record consent.
            </p>
          )}
        </>
      )}
      {consents.size > 0 && (
        <>
          <h3>Consent by technique</h3>
          <ul className="plain-list">
            {[...consents.entries()].map(([t, c]) => (
              <li key={t}>
                {TECHNIQUE_LABELS[t]}: {consentText(c)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
