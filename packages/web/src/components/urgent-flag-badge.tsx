import type { UrgentFlagMark } from '@omt/contracts';
import { RED_FLAG_ACTION_LABELS } from '../labels';

const URGENCY_LABELS: Record<UrgentFlagMark['urgency'], string> = {
  emergency: 'Emergency',
  urgent: 'Urgent',
};

type BadgeFlag = Pick<UrgentFlagMark, 'action' | 'urgency'> & { label?: string };

/** "⚠ Emergency: Possible cauda equina syndrome — Emergency referral": an intake flag that alerts at once. */
export function UrgentFlagBadge({ flag }: { flag: BadgeFlag }) {
  return (
    <span className={`badge badge-${flag.urgency}`} data-testid="urgent-flag">
      <span aria-hidden="true">⚠ </span>
      {URGENCY_LABELS[flag.urgency]}
      {flag.label ? `: ${flag.label}` : ''} — {RED_FLAG_ACTION_LABELS[flag.action]}
    </span>
  );
}

/** Every urgent flag of a visit, one badge each; nothing when there is none. */
export function UrgentFlagBadges({ flags }: { flags: UrgentFlagMark[] }) {
  if (flags.length === 0) return null;
  return (
    <ul className="plain-list urgent-flags">
      {flags.map((f) => (
        <li key={f.flagId}>
          <UrgentFlagBadge flag={f} />
        </li>
      ))}
    </ul>
  );
}
