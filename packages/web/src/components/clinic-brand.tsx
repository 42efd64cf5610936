import { API } from '../api/endpoints';
import { useApiQuery } from '../api/use-api';

/** The header's brand: the clinic's logo and name from its profile (the product's mark and name until it has one). */
export function ClinicBrand() {
  const clinic = useApiQuery(API.publicClinicProfile).data;
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
