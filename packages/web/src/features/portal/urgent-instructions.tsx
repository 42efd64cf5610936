import type { UrgentFlagView } from '@omt/contracts';

/**
 * What the patient must do now, for each emergency or urgent flag their intake raised: the flag's own
 * instruction, in English and in Spanish. Announced at once (role="alert").
 */
export function UrgentInstructions({ flags }: { flags: UrgentFlagView[] }) {
  const emergency = flags.some((f) => f.urgency === 'emergency');
  return (
    <section className="alert alert-urgent" role="alert" aria-labelledby="urgent-heading">
      <h2 id="urgent-heading">
        {emergency ? 'Get emergency care now' : 'Your answers need attention today'}
      </h2>
      <ul className="plain-list">
        {flags.map((f) => (
          <li key={f.flagId} data-testid="urgent-instruction">
            <p>{f.instruction.en}</p>
            <p lang="es">{f.instruction.es}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
