import { createHash } from 'node:crypto';
import {
  claimLoginFailures,
  giveBackLoginFailures,
  independentOfUnitOfWork,
  sweepLoginFailures,
  type FailureWindow,
} from '@omt/db';
import type { Config } from '../config';
import type { AppDeps } from '../context';
import { toInstant } from '../clock';
import { DomainError } from '../errors';
import { auditAccountRefusal, type AccountRefusal } from '../audit/account-refusal';

/** What a refused claim's audit row says (its detail, if any, is the email typed): never a secret. */
export type LimitedAttempt = Omit<AccountRefusal, 'detail'> & { detail?: string };

export interface LoginLimits {
  /** Failed logins per window for one account (email), from any IP. */
  perEmail: number;
  /** Failed logins per window from one client IP, whatever the emails: looser, for guessing across accounts. */
  perIp: number;
  windowMs: number;
}

/** The limits set by LOGIN_RATE_LIMIT and LOGIN_IP_RATE_LIMIT, per minute. */
export const loginLimitsOf = (config: Pick<Config, 'loginRateLimit' | 'loginIpRateLimit'>): LoginLimits => ({
  perEmail: config.loginRateLimit,
  perIp: config.loginIpRateLimit,
  windowMs: 60_000,
});

/**
 * An attempt allowed (give the claim back with `succeeded()` once the password is right), or refused with 429 (its
 * reason in words, for the audit row).
 */
export type LoginClaim =
  | { ok: true; succeeded(): Promise<void> }
  | { ok: false; error: DomainError; retryAfterSeconds: number; reason: string };

/** The key of an account: the email as a person may type it, trimmed and lower-cased. */
export function accountKey(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Counts failed logins per account and per IP in fixed windows, in the database (`login_failures`), so every app
 * instance on it counts together and a restart forgets nothing. An attempt counts as failed from the moment it is
 * claimed until it succeeds, so a burst of concurrent guesses cannot pass the limit while their passwords are still
 * being checked; a successful login gives its claim back. `name` keeps the counts of each use (login, reset,
 * sign-up) apart. The rows hold SHA-256 keys, never the email or IP.
 *
 * The counts are no part of the request's audited change: they record attempts, not a change to an account or a
 * record, and must commit at once and stay whatever the request's outcome (a failed guess is a request that fails),
 * where concurrent attempts and other instances see them. So they are marked `independentOfUnitOfWork`: the unit
 * would otherwise take them for a change written before its audit row. Claim before the request's audit point, as
 * every caller does (statements made once the unit is open join it); a give-back on success may join it and commit
 * with the login. A refused claim is audited as a refusal of the attempt the caller names (outside the request's
 * unit of work, so the row stays though the request fails).
 */
export class LoginThrottle {
  private nextSweep = 0;

  constructor(
    private readonly deps: Pick<AppDeps, 'db' | 'dialect' | 'clock'>,
    private readonly name: string,
    private readonly limits: LoginLimits,
  ) {}

  /**
   * Claims one attempt for the email and the IP, refused (and audited as a refusal of `attempt`) when either has used
   * up its failures in this window.
   */
  async claim(email: string, ip: string, attempt: LimitedAttempt): Promise<LoginClaim> {
    const claim = await this.count(email, ip);
    if (!claim.ok) {
      const detail = [attempt.detail, claim.reason].filter(Boolean).join('; ');
      await auditAccountRefusal(this.deps, { ...attempt, detail });
    }
    return claim;
  }

  private count(email: string, ip: string): Promise<LoginClaim> {
    const now = this.deps.clock().getTime();
    return independentOfUnitOfWork(async () => {
      await this.sweep(now);
      // The account before the IP, always (see claimLoginFailures).
      const claimed = await claimLoginFailures(
        this.deps.db,
        [
          { key: this.key('email', accountKey(email)), limit: this.limits.perEmail },
          { key: this.key('ip', ip), limit: this.limits.perIp },
        ],
        toInstant(new Date(now)),
        toInstant(new Date(now + this.limits.windowMs)),
      );
      if (!claimed.ok) {
        return claimed.refusedBy === 0
          ? refusal(claimed.window, now, 'too many failed logins for this email', 'email')
          : refusal(claimed.window, now, 'too many failed logins from this network address');
      }
      const { windows } = claimed;
      return {
        ok: true,
        succeeded: () => independentOfUnitOfWork(() => giveBackLoginFailures(this.deps.db, windows)),
      };
    });
  }

  private key(kind: 'email' | 'ip', value: string): string {
    return createHash('sha256').update(`${this.name}\n${kind}\n${value}`).digest('hex');
  }

  /** Deletes ended windows, at most once per window length from this process, so the table holds recent ones only. */
  private async sweep(now: number): Promise<void> {
    if (now < this.nextSweep) return;
    this.nextSweep = now + this.limits.windowMs;
    await sweepLoginFailures(this.deps.db, this.deps.dialect, toInstant(new Date(now)));
  }
}

/** 429 `rate_limited`, saying when the window ends. */
function refusal(w: FailureWindow, now: number, message: string, field?: string): LoginClaim {
  const retryAfterSeconds = Math.max(1, Math.ceil((Date.parse(w.ends_at) - now) / 1000));
  const error = new DomainError(
    429,
    'rate_limited',
    `${message}; try again in ${retryAfterSeconds} seconds`,
    field,
  );
  return { ok: false, error, retryAfterSeconds, reason: message };
}
