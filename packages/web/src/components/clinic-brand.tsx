import { API } from '@omt/contracts';
import { call } from '../api/client';
import { useApi } from '../api/use-api';

/** The header's brand: the clinic's logo and name from its profile (the product's mark and name until it has one). */
export function ClinicBrand() {
  const clinic = useApi((signal) => call(API.publicClinicProfile, { signal }), []).data;
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
