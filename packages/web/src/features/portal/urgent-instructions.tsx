import type { UrgentFlagView } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { useApiQuery } from '../../api/use-api';
import { usePortalText } from '../../i18n/use-portal-text';

/**
 * What the patient must do now, for each emergency or urgent flag their intake raised: the flag's own
 * instruction, in the patient's language first and then in the other one. Announced at once (role="alert").
 */
export function UrgentInstructions({ flags }: { flags: UrgentFlagView[] }) {
  const { t, lang } = usePortalText();
  const order = lang === 'es' ? (['es', 'en'] as const) : (['en', 'es'] as const);
  const emergency = flags.some((f) => f.urgency === 'emergency');
  return (
    <section className="alert alert-urgent" role="alert" aria-labelledby="urgent-heading">
      <h2 id="urgent-heading">{t(emergency ? 'emergencyNow' : 'attentionToday')}</h2>
      <ul className="plain-list">
        {flags.map((f) => (
          <li key={f.flagId} data-testid="urgent-instruction">
            {order.map((l) => (
              <p key={l} lang={l}>
                {f.instruction[l]}
              </p>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** On coming back to a sent intake: its urgent instructions again, if it raised any. */
export function SentIntakeInstructions({ appointmentId }: { appointmentId: string }) {
  const intake = useApiQuery(API.getIntake, { params: { id: appointmentId } });
  const flags = intake.data?.urgentFlags ?? [];
  return flags.length > 0 ? <UrgentInstructions flags={flags} /> : null;
}
