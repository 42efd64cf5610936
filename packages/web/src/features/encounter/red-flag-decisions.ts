import type { RedFlagDecision } from '@omt/domain';

export const DECISION_LABELS: Record<RedFlagDecision, string> = {
  cleared_for_omt: 'Cleared for OMT',
  imaging_ordered: 'Imaging ordered',
  referred_emergency: 'Referred to emergency care',
  omt_deferred: 'OMT deferred',
};
