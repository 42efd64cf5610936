import type { SafetyResultView } from '@omt/contracts';

const HEADINGS: Record<SafetyResultView['verdict'], string> = {
  allowed: '✓ Allowed: no contraindication found for this patient',
  caution: '⚠ Caution: proceed only with a documented reason',
  blocked: '✕ Blocked: do not use this technique on this region',
};

/** The safety engine's verdict with its reasons and sources; never colour alone. */
export function SafetyVerdict({ result }: { result: SafetyResultView }) {
  return (
    <div className={`verdict verdict-${result.verdict}`} role="status">
      <p className="verdict-title">
        <strong>{HEADINGS[result.verdict]}</strong>
      </p>
      {result.reasons.length > 0 && (
        <ul>
          {result.reasons.map((r) => (
            <li key={r.ruleId}>
              <strong>{r.verdict === 'blocked' ? 'Blocked' : 'Caution'}:</strong> {r.message}
              <span className="source">Source: {r.source}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
