/** How the runner retries: pure, so the table tests pin it. */

/** The first retry waits this long; each further one twice as long, up to `MAX_BACKOFF_MS`. */
export const FIRST_BACKOFF_MS = 30_000;
export const MAX_BACKOFF_MS = 60 * 60_000;
/** A job that failed this many times is `failed` for good (an admin may retry it). */
export const DEFAULT_MAX_ATTEMPTS = 5;

/** The wait before the next try of a job that failed on its `attempts`-th try (1-based). */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
}

/**
 * The error as stored and shown to admins: one line, at most 300 characters, with email addresses left out (an SMTP
 * refusal names its recipient). Job payloads carry ids, never names, so handlers' own messages name none.
 */
export function jobErrorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text
    .replace(/<?[^\s<>"'@]+@[^\s<>"'@]+>?/g, '[address]')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
}
