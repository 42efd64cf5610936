/**
 * Parser for segmental somatic-dysfunction notation such as `L4 FRrSr`, `T6 ERlSl`, `C2 NSlRr`, `OA ESrRl`:
 * a segment, then Flexed/Extended/Neutral, then Rotation and Sidebending (each l/r) in either order.
 * Recording a dysfunction by position and freer motion is the convention of clinical-reference CR-EXAM-2.
 * AA (atlanto-axial) is recorded by rotation alone, e.g. `AA Rr`.
 */
import { cite } from '../clinical-reference';
import type { RegionId } from '../regions';

export type Side = 'left' | 'right';
export type SagittalPosition = 'flexed' | 'extended' | 'neutral';
export type SegmentGroup = 'OA' | 'AA' | 'C' | 'T' | 'L';

export interface SegmentDysfunction {
  /** Canonical segment label, e.g. `L4`, `OA`. */
  segment: string;
  group: SegmentGroup;
  /** Vertebral level within the group (C1–C7, T1–T12, L1–L5); null for OA and AA. */
  level: number | null;
  region: RegionId;
  /** null for AA, which is described by rotation only. */
  sagittal: SagittalPosition | null;
  rotation: Side;
  /** null for AA. */
  sidebending: Side | null;
}

export type SegmentParseResult = { ok: true; value: SegmentDysfunction } | { ok: false; message: string };

export const SEGMENT_NOTATION_SOURCE = cite('CR-EXAM-2');

const LEVEL_LIMITS: Record<'C' | 'T' | 'L', number> = { C: 7, T: 12, L: 5 };
const GROUP_REGION: Record<SegmentGroup, RegionId> = {
  OA: 'cervical',
  AA: 'cervical',
  C: 'cervical',
  T: 'thoracic',
  L: 'lumbar',
};
const SAGITTAL: Record<string, SagittalPosition> = { F: 'flexed', E: 'extended', N: 'neutral' };
const SIDE: Record<string, Side> = { L: 'left', R: 'right' };

type SegmentPart = Pick<SegmentDysfunction, 'segment' | 'group' | 'level' | 'region'>;

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}

function parseSegment(raw: string): SegmentPart | string {
  const s = raw.toUpperCase();
  if (s === 'OA' || s === 'AA') return { segment: s, group: s, level: null, region: GROUP_REGION[s] };
  const m = /^([CTL])(\d{1,2})$/.exec(s);
  if (m === null) return `segment '${raw}' is not one of OA, AA, C1–C7, T1–T12, L1–L5`;
  const group = m[1] as 'C' | 'T' | 'L';
  const level = Number(m[2]);
  if (level < 1 || level > LEVEL_LIMITS[group]) {
    return `segment '${raw}' is out of range: ${group}1–${group}${LEVEL_LIMITS[group]}`;
  }
  return { segment: `${group}${level}`, group, level, region: GROUP_REGION[group] };
}

function parseMotion(
  raw: string,
): Pick<SegmentDysfunction, 'sagittal' | 'rotation' | 'sidebending'> | string {
  const m = /^([FEN])([RS])([LR])([RS])([LR])$/.exec(raw.toUpperCase());
  if (m === null) {
    return `motion '${raw}' must be F, E or N followed by R and S each with l or r (e.g. FRrSr)`;
  }
  const [, sag, axis1, side1, axis2, side2] = m;
  if (axis1 === axis2) return `motion '${raw}' gives ${axis1 === 'R' ? 'rotation' : 'sidebending'} twice`;
  const first = SIDE[side1 ?? ''];
  const second = SIDE[side2 ?? ''];
  const sagittal = SAGITTAL[sag ?? ''];
  if (first === undefined || second === undefined || sagittal === undefined)
    return `motion '${raw}' is invalid`;
  return axis1 === 'R'
    ? { sagittal, rotation: first, sidebending: second }
    : { sagittal, rotation: second, sidebending: first };
}

function parseAaMotion(raw: string): { side: Side } | { error: string } {
  const m = /^R([LR])$/.exec(raw.toUpperCase());
  const side = m === null ? undefined : SIDE[m[1] ?? ''];
  return side === undefined
    ? { error: `AA is recorded by rotation only (Rl or Rr), got '${raw}'` }
    : { side };
}

/** Turns a free-text exam shorthand into structured findings, or a message naming what is wrong. */
export function parseSegmentNotation(s: string): SegmentParseResult {
  const trimmed = s.trim();
  if (trimmed === '') return fail('segment notation is empty');
  const [rawSegment = '', ...rest] = trimmed.split(/\s+/);
  const rawMotion = rest.join('');
  const segment = parseSegment(rawSegment);
  if (typeof segment === 'string') return fail(segment);
  if (rawMotion === '') return fail(`motion is missing after segment '${segment.segment}'`);
  if (segment.group === 'AA') {
    const aa = parseAaMotion(rawMotion);
    if ('error' in aa) return fail(aa.error);
    return { ok: true, value: { ...segment, sagittal: null, rotation: aa.side, sidebending: null } };
  }
  const motion = parseMotion(rawMotion);
  if (typeof motion === 'string') return fail(motion);
  return { ok: true, value: { ...segment, ...motion } };
}

/** Writes findings back in canonical `FRrSr` form so stored notes read the same whoever typed them. */
export function formatSegmentNotation(v: SegmentDysfunction): string {
  const side = (x: Side): string => (x === 'left' ? 'l' : 'r');
  if (v.sagittal === null || v.sidebending === null) return `${v.segment} R${side(v.rotation)}`;
  const sag = v.sagittal === 'flexed' ? 'F' : v.sagittal === 'extended' ? 'E' : 'N';
  return `${v.segment} ${sag}R${side(v.rotation)}S${side(v.sidebending)}`;
}
