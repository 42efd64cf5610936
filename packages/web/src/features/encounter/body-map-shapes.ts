import type { RegionId } from '@omt/domain';

export type View = 'front' | 'back';

/** One OMT region drawn on one view: its outline(s) and where its short label sits. */
export interface RegionShape {
  region: RegionId;
  view: View;
  paths: readonly string[];
  label: string;
  at: readonly [number, number];
}

/** A 200 × 400 figure per view; each region is focusable on exactly one view. */
export const REGION_SHAPES: readonly RegionShape[] = [
  {
    region: 'head',
    view: 'front',
    paths: ['M72,38 a28,30 0 1,0 56,0 a28,30 0 1,0 -56,0'],
    label: 'Head',
    at: [100, 42],
  },
  {
    region: 'upper_extremities',
    view: 'front',
    paths: [
      'M62,90 L42,96 L26,200 L20,252 L40,256 L48,206 L60,134 Z',
      'M138,90 L158,96 L174,200 L180,252 L160,256 L152,206 L140,134 Z',
    ],
    label: 'UE',
    at: [40, 176],
  },
  {
    region: 'rib_cage',
    view: 'front',
    paths: ['M64,90 Q100,80 136,90 L138,166 H62 Z'],
    label: 'Ribs',
    at: [100, 132],
  },
  {
    region: 'abdomen',
    view: 'front',
    paths: ['M62,168 H138 L136,220 H64 Z'],
    label: 'Abdomen',
    at: [100, 198],
  },
  {
    region: 'pelvic',
    view: 'front',
    paths: ['M64,222 H136 L142,262 H58 Z'],
    label: 'Pelvis',
    at: [100, 246],
  },
  {
    region: 'lower_extremities',
    view: 'front',
    paths: ['M58,264 H98 L94,392 H68 Z', 'M102,264 H142 L132,392 H106 Z'],
    label: 'LE',
    at: [80, 330],
  },
  { region: 'cervical', view: 'back', paths: ['M78,58 H122 V92 H78 Z'], label: 'Cervical', at: [100, 79] },
  {
    region: 'thoracic',
    view: 'back',
    paths: ['M64,94 Q100,86 136,94 L136,170 H64 Z'],
    label: 'Thoracic',
    at: [100, 136],
  },
  { region: 'lumbar', view: 'back', paths: ['M64,172 H136 L136,222 H64 Z'], label: 'Lumbar', at: [100, 201] },
  { region: 'sacral', view: 'back', paths: ['M74,224 H126 L100,266 Z'], label: 'Sacrum', at: [100, 238] },
];

/** Parts of the figure that are not a region on that view (drawn for orientation only). */
export const OUTLINES: Record<View, readonly string[]> = {
  front: ['M90,66 H110 V90 H90 Z'],
  back: [
    'M76,32 a24,26 0 1,0 48,0 a24,26 0 1,0 -48,0',
    'M62,94 L42,98 L26,200 L20,252 L40,256 L48,206 L62,134 Z',
    'M138,94 L158,98 L174,200 L180,252 L160,256 L152,206 L138,134 Z',
    'M62,224 H138 L142,264 H58 Z',
    'M58,266 H98 L94,392 H68 Z',
    'M102,266 H142 L132,392 H106 Z',
  ],
};
