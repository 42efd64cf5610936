import type { MouseEvent, ReactNode } from 'react';

export interface Step {
  /** The id of the step's heading. */
  target: string;
  label: string;
}

/** Moves to a step's heading: scrolled into view and focused, so a keyboard user continues from there. */
function goTo(event: MouseEvent<HTMLAnchorElement>, target: string) {
  const heading = document.getElementById(target);
  if (!heading) return;
  event.preventDefault();
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

/** The note's steps in order, with the draft's save status beside them (kept in view while scrolling). */
export function StepNav({ steps, status }: { steps: readonly Step[]; status: ReactNode }) {
  return (
    <nav aria-label="Steps of the note" className="step-nav">
      <ol>
        {steps.map((s) => (
          <li key={s.target}>
            <a href={`#${s.target}`} onClick={(e) => goTo(e, s.target)}>
              {s.label}
            </a>
          </li>
        ))}
      </ol>
      {status}
    </nav>
  );
}
