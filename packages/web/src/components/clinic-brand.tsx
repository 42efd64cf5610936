import { API } from '../api/endpoints';
import { useApiQuery } from '../api/use-api';

/** The header's brand: the clinic's logo and name from its profile (the product's mark and name until it has one). */
export function ClinicBrand() {
  // The starting screen's brand and the logged-in header's are two mounts a moment apart: the second takes the first's
  // answer rather than asking again (an edit of the profile still refreshes it at once).
  const clinic = useApiQuery(API.publicClinicProfile, {}, { staleTime: 60_000 }).data;
  return (
    <div className="brand">
      {clinic?.logoDataUrl ? (
        <img className="brand-logo" src={clinic.logoDataUrl} alt="" />
      ) : (
        <span className="brand-mark" aria-hidden="true">
          ✚
        </span>
      )}{' '}
      {clinic?.name || 'OMT Clinic'}
    </div>
  );
}
