import type { Patient } from '@omt/contracts';
import { Link } from '../../router';

/** A record made online that may be someone registered already: the desk checks the matches (nothing was merged). */
export function DuplicateReviewNote({ review }: { review: NonNullable<Patient['duplicateReview']> }) {
  return (
    <section className="alert alert-warning" aria-labelledby="duplicate-review-heading">
      <h2 id="duplicate-review-heading">Possible duplicate to review</h2>
      <p>
        This record was made online on {review.flaggedAt.slice(0, 10)} and matches {review.matchIds.length}{' '}
        record
        {review.matchIds.length === 1 ? '' : 's'} already registered (same name and date of birth, email or
        phone). Nothing was merged: check whether it is the same person.
      </p>
      <ul>
        {review.matchIds.map((id, i) => (
          <li key={id}>
            <Link to={`/patients/${id}`}>Matching record {i + 1}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
