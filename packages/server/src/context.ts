import type { Database, DialectName } from '@omt/db';
import type { Role } from '@omt/contracts';
import { recordAudit } from './audit/audit';
import { mayAccessPatient, type PatientAction } from './auth/policy';
import { patientRefusal, rolesRefusal } from './auth/refusal-words';
import type { AuthUser } from './auth/user';
import { toInstant, type Clock } from './clock';
import type { Config } from './config';
import { fail } from './errors';
import type { Mailer } from './mail/mailer';

/** What the app holds for its whole life. */
export interface AppDeps {
  db: Database;
  dialect: DialectName;
  config: Config;
  clock: Clock;
  /** The clinic's SMTP mailer; absent when no SMTP server is configured. */
  mailer?: Mailer | null;
  /** Where background work (mail) reports failures it cannot return to a caller. */
  onBackgroundError?: (error: unknown) => void;
  /** The job runner of this process (`jobs/runner.ts`): told after a commit that enqueued work, to run it at once. */
  jobs?: { nudge(): void };
}

/** What a service gets for one request: the caller, the database, the clock and the audited gate. */
export class RequestContext {
  constructor(
    readonly deps: AppDeps,
    readonly user: AuthUser,
  ) {}

  get db(): Database {
    return this.deps.db;
  }

  now(): string {
    return toInstant(this.deps.clock());
  }

  /** Refuses (403) unless the caller has one of the roles. */
  requireRole(...roles: Role[]): void {
    if (!roles.includes(this.user.role)) throw fail.forbidden(rolesRefusal(roles));
  }

  /**
   * The only door to a patient's data: checks the policy and records the attempt either way, so no
   * service can read or write patient data without an audit row.
   */
  async access(
    patientId: string,
    action: PatientAction,
    resourceType: string,
    resourceId: string | null,
    /** Recorded with the audit row (e.g. why a possible duplicate was registered anyway). */
    detail?: string,
  ): Promise<void> {
    await this.accessEach([{ patientId, resourceId }], action, resourceType, detail);
  }

  /**
   * The action of the policy that lets the caller do `action` on this patient's record (the action itself when
   * their role holds it), or null when nothing does. A context for one kind of work may add a broader grant
   * (`fhir/writes/import-context.ts`); the audit row then names it.
   */
  protected grantOf(action: PatientAction, patientId: string): PatientAction | null {
    return mayAccessPatient(this.user.role, action, patientId, this.user.patientIds) ? action : null;
  }

  /** The same door for a list: every record checked and audited, in one write. */
  async accessEach(
    items: { patientId: string; resourceId: string | null }[],
    action: PatientAction,
    resourceType: string,
    detail?: string,
  ): Promise<void> {
    const checked = items.map((i) => {
      const grant = this.grantOf(action, i.patientId);
      return { ...i, allowed: grant !== null, detail: grant && grant !== action ? `by ${grant}` : undefined };
    });
    await recordAudit(
      this.deps.db,
      this.deps.clock,
      this.user,
      checked.map((c) => ({
        action,
        patientId: c.patientId,
        resourceType,
        resourceId: c.resourceId,
        outcome: c.allowed ? 'allowed' : 'denied',
        ...(detail === undefined && c.detail === undefined
          ? {}
          : { detail: [detail, c.detail].filter(Boolean).join('; ') }),
      })),
    );
    if (checked.some((c) => !c.allowed)) throw fail.forbidden(patientRefusal(action));
  }
}
