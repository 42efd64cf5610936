import { API } from '../api/endpoints';
import { useApiQuery } from '../api/use-api';

/** The clinic's letterhead (logo, name, address and phone from its profile), shown only when the page is printed. */
export function ClinicPrintHeader() {
  const profile = useApiQuery(API.publicClinicProfile);
  const p = profile.data;
  if (!p?.name) return null;
  return (
    <div className="print-only clinic-print-header" data-testid="clinic-print-header">
      {p.logoDataUrl && <img src={p.logoDataUrl} alt="" />}
      <div>
        <strong>{p.name}</strong>
        <div>{[p.address, p.phone].filter(Boolean).join(' · ')}</div>
      </div>
    </div>
  );
}
