import type { IntakeForm } from '@omt/contracts';
import { RadioGroup } from '../../components/choice-group';

/** The red-flag screen: every question needs a yes or a no. */
export function RedFlagQuestions(props: {
  questions: IntakeForm['redFlagQuestions'];
  answers: Record<string, boolean>;
  onChange: (answers: Record<string, boolean>) => void;
  errorFor: (field: string) => string | undefined;
}) {
  const { questions, answers, onChange, errorFor } = props;
  if (questions.length === 0) return null;
  return (
    <section aria-labelledby="red-flags-heading" className="subsection">
      <h2 id="red-flags-heading">Safety questions</h2>
      <p className="muted">These help your doctor spot anything that needs care before treatment.</p>
      {questions.map((q) => (
        <RadioGroup
          key={q.id}
          legend={q.text}
          name={`redFlags-${q.id}`}
          field={`redFlags.${q.id}`}
          error={errorFor(`redFlags.${q.id}`)}
          inline
          options={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
          value={answers[q.id] === undefined ? null : answers[q.id] ? 'yes' : 'no'}
          onChange={(v) => onChange({ ...answers, [q.id]: v === 'yes' })}
        />
      ))}
    </section>
  );
}
