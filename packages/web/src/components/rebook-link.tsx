import { useEffect } from 'react';
import { API } from '../api/endpoints';
import { useApiQuery } from '../api/use-api';
import { Link } from '../router';

const CHANGED = 'omt:visits-to-rebook-changed';

/** Tells every RebookLink on the page to count again (after a closure, time off or a deactivation is saved). */
export function visitsToRebookChanged(): void {
  window.dispatchEvent(new Event(CHANGED));
}

/** "Visits to rebook" with how many wait (a count only, no patient data), shown where the desk and the admin work. */
export function RebookLink() {
  const count = useApiQuery(API.scheduleConflictCount);
  const { reload } = count;
  useEffect(() => {
    window.addEventListener(CHANGED, reload);
    return () => window.removeEventListener(CHANGED, reload);
  }, [reload]);
  const n = count.data?.count;
  return (
    <p className="rebook-link">
      <Link to="/rebook">
        Visits to rebook
        {n !== undefined && (
          <>
            {' '}
            <span className={n > 0 ? 'badge badge-urgent' : 'badge'}>
              {n}
              <span className="visually-hidden"> {n === 1 ? 'visit' : 'visits'}</span>
            </span>
          </>
        )}
      </Link>
    </p>
  );
}
