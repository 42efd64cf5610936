import { DomainError } from '../errors';

export interface LoginLimits {
  /** Failed logins per window for one account (email), from any IP. */
  perEmail: number;
  /** Failed logins per window from one client IP, whatever the emails: looser, for guessing across accounts. */
  perIp: number;
  windowMs: number;
}

/** An attempt allowed (give the claim back with `succeeded()` once the password is right), or refused with 429. */
export type LoginClaim =
  { ok: true; succeeded(): void } | { ok: false; error: DomainError; retryAfterSeconds: number };

interface Window {
  failures: number;
  endsAt: number;
}

/** The key of an account: the email as a person may type it, trimmed and lower-cased. */
export function accountKey(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Counts failed logins per account and per IP in fixed windows, in this process's memory. An attempt counts as
 * failed from the moment it is claimed until it succeeds, so a burst of concurrent guesses cannot pass the limit
 * while their passwords are still being checked; a successful login gives its claim back.
 */
export class LoginThrottle {
  private readonly windows = new Map<string, Window>();
  private nextSweep = 0;

  constructor(
    private readonly limits: LoginLimits,
    private readonly now: () => number,
  ) {}

  /** Claims one attempt for the email and the IP, refused when either has used up its failures in this window. */
  claim(email: string, ip: string): LoginClaim {
    const now = this.now();
    this.sweep(now);
    const account = this.window(`email:${accountKey(email)}`, now);
    const client = this.window(`ip:${ip}`, now);
    if (account.failures >= this.limits.perEmail) {
      return refusal(account, now, 'too many failed logins for this email', 'email');
    }
    if (client.failures >= this.limits.perIp) {
      return refusal(client, now, 'too many failed logins from this network address');
    }
    account.failures++;
    client.failures++;
    return {
      ok: true,
      succeeded: () => {
        account.failures--;
        client.failures--;
      },
    };
  }

  private window(key: string, now: number): Window {
    const current = this.windows.get(key);
    if (current && current.endsAt > now) return current;
    const fresh = { failures: 0, endsAt: now + this.limits.windowMs };
    this.windows.set(key, fresh);
    return fresh;
  }

  /** Drops ended windows, at most once per window length, so memory follows the recent attempts only. */
  private sweep(now: number): void {
    if (now < this.nextSweep) return;
    for (const [key, w] of this.windows) if (w.endsAt <= now) this.windows.delete(key);
    this.nextSweep = now + this.limits.windowMs;
  }
}

/** 429 `rate_limited`, saying when the window ends. */
function refusal(w: Window, now: number, message: string, field?: string): LoginClaim {
  const retryAfterSeconds = Math.max(1, Math.ceil((w.endsAt - now) / 1000));
  const error = new DomainError(
    429,
    'rate_limited',
    `${message}; try again in ${retryAfterSeconds} seconds`,
    field,
  );
  return { ok: false, error, retryAfterSeconds };
}
