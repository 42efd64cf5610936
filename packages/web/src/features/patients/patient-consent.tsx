import { API } from '../../api/endpoints';
import { useApiQuery } from '../../api/use-api';
import { LoadState } from '../../components/messages';
import { formatStamp } from '../../time';

/** Where the patient stands with the clinic's general treatment consent (signed in the portal). */
export function PatientConsent({ patientId }: { patientId: string }) {
  const consent = useApiQuery(API.patientConsent, { params: { id: patientId } });
  const c = consent.data;
  const current = c?.signatures.find((s) => s.version === c.current.version);
  return (
    <section className="card" aria-labelledby="consent-heading" data-testid="staff-consent">
      <h2 id="consent-heading">General treatment consent</h2>
      <LoadState loading={consent.loading} error={consent.error} what="the consent" />
      {c && current && (
        <p>
          <strong>Signed</strong> (form version {current.version}) on {formatStamp(current.signedAt)} by{' '}
          {current.signerName}
          {current.signerRelationship === 'guardian' ? ' (parent or guardian)' : ''}, typed name “
          {current.typedName}”.
        </p>
      )}
      {c && !current && (
        <p>
          <strong>Not signed</strong>
          {c.status === 'new_version'
            ? `: the form changed to version ${c.current.version}; the patient signed version ${c.signatures[0]?.version ?? '?'} and is asked again in the portal.`
            : ': the patient is asked to sign it in the portal before treatment.'}
        </p>
      )}
    </section>
  );
}
