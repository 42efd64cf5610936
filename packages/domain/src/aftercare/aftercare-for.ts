/** Builds a patient's aftercare sheet from what was done today (clinical-reference CR-AFTER-*). */
import type { RegionId } from '../regions';
import type { TechniqueId } from '../techniques';
import { AFTERCARE_CONTENT, type AftercareContent, type Lang } from './aftercare-content';

export interface AftercareItem {
  id: string;
  text: string;
  source: string;
}

export interface AftercareInput {
  techniques: TechniqueId[];
  regions: RegionId[];
  lang: Lang;
}

function isGeneral(c: AftercareContent): boolean {
  return c.techniques === undefined && c.regions === undefined;
}

function applies(
  c: AftercareContent,
  techniques: ReadonlySet<TechniqueId>,
  regions: ReadonlySet<RegionId>,
): boolean {
  if (isGeneral(c)) return true;
  const byTechnique = c.techniques?.some((t) => techniques.has(t)) ?? false;
  const byRegion = c.regions?.some((r) => regions.has(r)) ?? false;
  return byTechnique || byRegion;
}

/** Lists general instructions first, then technique- and region-specific warnings, each once, in the patient's language. */
export function aftercareFor(input: AftercareInput): AftercareItem[] {
  const techniques = new Set(input.techniques);
  const regions = new Set(input.regions);
  const chosen = AFTERCARE_CONTENT.filter((c) => applies(c, techniques, regions));
  const ordered = [...chosen.filter(isGeneral), ...chosen.filter((c) => !isGeneral(c))];
  return ordered.map((c) => ({ id: c.id, text: c.text[input.lang], source: c.source }));
}
