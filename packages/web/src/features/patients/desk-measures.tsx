import { MeasuresDue } from '../portal/measures-due';

/** At the desk: the questionnaires the patient's plans have due, to be answered by the patient on the desk's tablet. */
export function DeskMeasures({ patientId }: { patientId: string }) {
  return (
    <section className="card" aria-labelledby="desk-measures-heading">
      <h2 id="desk-measures-heading">Questionnaires on the tablet</h2>
      <p>Hand the tablet to the patient to answer what their plan of care has due before the next visit.</p>
      <MeasuresDue patientId={patientId} base="/desk" />
    </section>
  );
}
