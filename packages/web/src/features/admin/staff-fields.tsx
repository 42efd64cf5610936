import type { Location, StaffMember, StaffRole, UpdateStaff } from '@omt/contracts';
import { ApiError } from '../../api/client';
import { CheckboxGroup, RadioGroup, TextField } from '../../components/choice-group';

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  physician: 'Physician',
  resident: 'Resident',
  front_desk: 'Front desk',
  admin: 'Admin',
};

const ROLE_CHOICES = (Object.keys(STAFF_ROLE_LABELS) as StaffRole[]).map((value) => ({
  value,
  label: STAFF_ROLE_LABELS[value],
}));

export type StaffDraft = Required<UpdateStaff>;

export const EMPTY_DRAFT: StaffDraft = {
  displayName: '',
  role: 'physician',
  credential: 'DO',
  npi: '',
  supervisorId: null,
  locationIds: [],
};

export function draftOf(m: StaffMember): StaffDraft {
  return {
    displayName: m.displayName,
    role: m.role,
    credential: m.credential === 'DO' || m.credential === 'MD' ? m.credential : null,
    npi: m.npi ?? '',
    supervisorId: m.supervisor?.id ?? null,
    locationIds: m.locationIds,
  };
}

/** What the server gets: a credential, NPI and supervisor only where the role carries them. */
export function bodyOf(d: StaffDraft): StaffDraft {
  const clinical = d.role === 'physician' || d.role === 'resident';
  return {
    ...d,
    credential: clinical ? d.credential : null,
    npi: clinical ? (d.npi ?? '').trim() || null : null,
    supervisorId: d.role === 'resident' ? d.supervisorId : null,
  };
}

/** The message of an error naming `field` (or one of its items, e.g. locationIds.1). */
export function staffFieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError) || !error.field) return undefined;
  return error.field === field || error.field.startsWith(`${field}.`) ? error.message : undefined;
}

/** Name, role, and for physicians and residents credential, NPI and (residents) the supervising physician. */
export function StaffFields(props: {
  idPrefix: string;
  draft: StaffDraft;
  onChange: (d: StaffDraft) => void;
  error: unknown;
  physicians: StaffMember[];
  locations: Location[];
}) {
  const { idPrefix, draft, onChange, error, physicians, locations } = props;
  const set = (patch: Partial<StaffDraft>) => onChange({ ...draft, ...patch });
  const clinical = draft.role === 'physician' || draft.role === 'resident';
  return (
    <>
      <TextField
        id={`${idPrefix}-name`}
        field="displayName"
        label="Name as shown to patients and colleagues"
        error={staffFieldError(error, 'displayName')}
      >
        {(aria) => (
          <input {...aria} value={draft.displayName} onChange={(e) => set({ displayName: e.target.value })} />
        )}
      </TextField>
      <RadioGroup
        legend="Role"
        name={`${idPrefix}-role`}
        field="role"
        inline
        options={ROLE_CHOICES}
        value={draft.role}
        error={staffFieldError(error, 'role')}
        onChange={(role) => set({ role, credential: draft.credential ?? 'DO' })}
      />
      {clinical && (
        <>
          <RadioGroup
            legend="Credential"
            name={`${idPrefix}-credential`}
            field="credential"
            inline
            options={[
              { value: 'DO', label: 'DO' },
              { value: 'MD', label: 'MD' },
            ]}
            value={draft.credential}
            error={staffFieldError(error, 'credential')}
            onChange={(credential) => set({ credential })}
          />
          <TextField
            id={`${idPrefix}-npi`}
            field="npi"
            label="NPI"
            hint="The 10-digit National Provider Identifier; its last digit is checked."
            error={staffFieldError(error, 'npi')}
          >
            {(aria) => (
              <input
                {...aria}
                inputMode="numeric"
                autoComplete="off"
                value={draft.npi ?? ''}
                onChange={(e) => set({ npi: e.target.value })}
              />
            )}
          </TextField>
        </>
      )}
      {draft.role === 'resident' && (
        <TextField
          id={`${idPrefix}-supervisor`}
          field="supervisorId"
          label="Supervising physician"
          error={staffFieldError(error, 'supervisorId')}
        >
          {(aria) => (
            <select
              {...aria}
              value={draft.supervisorId ?? ''}
              onChange={(e) => set({ supervisorId: e.target.value || null })}
            >
              <option value="">Choose a physician</option>
              {physicians.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName}
                </option>
              ))}
            </select>
          )}
        </TextField>
      )}
      <CheckboxGroup
        legend="Works at"
        name={`${idPrefix}-locations`}
        field="locationIds"
        inline
        options={locations.map((l) => ({ value: l.id, label: l.name }))}
        values={draft.locationIds}
        error={staffFieldError(error, 'locationIds')}
        onChange={(locationIds) => set({ locationIds })}
      />
    </>
  );
}
