import { updateClinicProfile, type ClinicProfileRow } from '@omt/db';
import { normaliseEin, npiProblem } from '@omt/domain';
import type { ClinicProfile, ClinicProfileInput, PublicClinicProfile } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { auditSetup } from '../catalog/audit';
import { clinicProfile } from './profile-cache';
import { logoDataUrl, parseLogo } from './logo';

const EMPTY: ClinicProfile = {
  name: '',
  address: '',
  phone: '',
  npi: null,
  taxId: null,
  logoDataUrl: null,
  version: 0,
  updatedAt: null,
};

function present(row: ClinicProfileRow | undefined): ClinicProfile {
  if (!row) return EMPTY;
  return {
    name: row.name,
    address: row.address,
    phone: row.phone,
    npi: row.npi,
    taxId: row.tax_id,
    logoDataUrl: logoDataUrl(row.logo_type, row.logo_base64),
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export async function readClinicProfile(ctx: RequestContext): Promise<ClinicProfile> {
  ctx.requireRole('admin', 'front_desk', 'physician', 'resident');
  return present(await clinicProfile(ctx.db));
}

export async function readPublicClinicProfile(ctx: RequestContext): Promise<PublicClinicProfile> {
  const { name, address, phone, logoDataUrl: logo } = present(await clinicProfile(ctx.db));
  return { name, address, phone, logoDataUrl: logo };
}

function checkedNpi(npi: string | null): string | null {
  if (!npi) return null;
  const problem = npiProblem(npi);
  if (problem === 'format') throw fail.invalid('npi', 'must be 10 digits');
  if (problem === 'check_digit') throw fail.invalid('npi', 'check digit does not match: not a valid NPI');
  return npi;
}

function checkedTaxId(taxId: string | null): string | null {
  if (!taxId) return null;
  const ein = normaliseEin(taxId);
  if (!ein) throw fail.invalid('taxId', 'must be an EIN like 12-3456789');
  return ein;
}

/** Saves the profile from the version the admin read; 409 `stale_clinic_profile` when someone saved since. */
export async function saveClinicProfile(
  ctx: RequestContext,
  input: ClinicProfileInput,
): Promise<ClinicProfile> {
  ctx.requireRole('admin');
  const npi = checkedNpi(input.npi);
  const taxId = checkedTaxId(input.taxId);
  const logo = input.logoDataUrl ? parseLogo(input.logoDataUrl) : null;
  // The audit row first: the profile is saved with it or not at all (a stale version rolls both back).
  await auditSetup(
    ctx,
    'clinic_profile.update',
    'clinic_profile',
    '1',
    `${input.name} (version ${input.version + 1})`,
  );
  const saved = await updateClinicProfile(
    ctx.db,
    {
      name: input.name,
      address: input.address,
      phone: input.phone,
      npi,
      tax_id: taxId,
      logo_type: logo?.type ?? null,
      logo_base64: logo?.base64 ?? null,
    },
    input.version,
    ctx.now(),
  );
  if (!saved) {
    throw fail.conflict(
      'stale_clinic_profile',
      'someone saved the clinic profile since you opened it: reload it and make your change again',
      'version',
    );
  }
  return present(await clinicProfile(ctx.db));
}
