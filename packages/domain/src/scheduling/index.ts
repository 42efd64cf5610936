export type { AvailabilityInput, Interval, Weekday, WeeklyHours } from './types';
export { availableSlots, MAX_AVAILABILITY_DAYS } from './available-slots';
export { overlaps } from './overlaps';
export { slotBlocks } from './slot-blocks';
export { localDateTime, zonedToInstant } from './zoned-time';
export { parseHHMM } from './parse-hhmm';
export { normalizeInstant } from './instant';
export * from './weekly-series';
export * from './room-choice';
