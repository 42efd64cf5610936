import { resolve } from 'node:path';
import { z } from 'zod';
import { parseSecretKey } from './auth/secret-key';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  /** App processes sharing the port (node:cluster); more than one needs PostgreSQL. */
  WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Seed the demo clinic on first start. Default: on, except in production. */
  SEED_DEMO: z.enum(['true', 'false']).optional(),
  /** Failed logins per minute for one account (email, trimmed and lower-cased), from any IP. */
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  /** Failed logins per minute from one client IP, whatever the emails. Default: 5 × LOGIN_RATE_LIMIT. */
  LOGIN_IP_RATE_LIMIT: z.coerce.number().int().min(1).optional(),
  /** Staff roles that must turn on two-factor (TOTP) before reaching anything but enrolment, e.g. physician,admin. */
  REQUIRE_TOTP_FOR: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((r) => r.trim()).filter(Boolean))
    .pipe(z.array(z.enum(['physician', 'resident', 'front_desk', 'admin']))),
  /**
   * Seals the staff's two-factor secrets at rest (AES-256-GCM): 32 random bytes as 64 hex digits or base64, e.g.
   * `openssl rand -hex 32`. Required at start in production; in development and test a key is generated once in
   * DATA_DIR/secret.key (mode 0600). A start with another key than the one that sealed the stored secrets stops.
   */
  SECRET_KEY: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const key = parseSecretKey(v);
      if (!key) ctx.addIssue({ code: 'custom', message: 'must be 32 bytes, as 64 hex digits or in base64' });
      return key;
    }),
  COOKIE_SECURE: z.enum(['true', 'false']).default('false'),
  /**
   * Behind a reverse proxy: trust its `x-forwarded-for` and `x-forwarded-proto`. A request that arrived over HTTPS
   * then gets HSTS and the `__Host-` session cookie; plain http keeps the plain cookie.
   */
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** Lets a Prometheus server off this host scrape `/metrics` with `Authorization: Bearer <token>`. */
  METRICS_TOKEN: z.string().min(16).optional(),
  /** The JSON log's level: one line per request at info (no patient data); `silent` turns the log off. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** A session unused for longer than this many minutes is refused (401) and removed; 0: no idle expiry. */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(60),
  WEB_DIST: z.string().optional(),
  /** The clinic's SMTP server, e.g. smtp://user:pass@mail.example.org:587; unset = no mail is sent. */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('OMT Clinic <no-reply@omt-clinic.local>'),
  /** Where the clinic is reached from outside, for links in mail and calendar feeds. */
  PUBLIC_URL: z.string().optional(),
  REMINDER_HOURS: z.coerce.number().int().min(1).max(168).default(24),
  /** Clinic policy: cancelling less than this many hours before the visit is flagged as late (0: never). */
  LATE_CANCEL_HOURS: z.coerce.number().int().min(0).max(168).default(24),
  /** How long a freed slot is held for the waitlisted patient it is offered to. */
  WAITLIST_HOLD_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60)
    .default(120),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  workers: number;
  production: boolean;
  seedDemo: boolean;
  loginRateLimit: number;
  loginIpRateLimit: number;
  requireTotpFor: string[];
  /** SECRET_KEY, if set; the start resolves the key actually used (auth/secret-key.ts). */
  secretKey: Buffer | null;
  cookieSecure: boolean;
  trustProxy: boolean;
  metricsToken: string | undefined;
  logLevel: string;
  sessionHours: number;
  sessionIdleMinutes: number;
  webDist: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string;
  reminderHours: number;
  lateCancelHours: number;
  waitlistHoldMinutes: number;
}

/** Parses the environment once, at start; a bad value stops the process with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`invalid environment: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL || undefined,
    workers: e.WORKERS,
    production,
    seedDemo: e.SEED_DEMO ? e.SEED_DEMO === 'true' : !production,
    loginRateLimit: e.LOGIN_RATE_LIMIT,
    loginIpRateLimit: e.LOGIN_IP_RATE_LIMIT ?? 5 * e.LOGIN_RATE_LIMIT,
    requireTotpFor: e.REQUIRE_TOTP_FOR,
    secretKey: e.SECRET_KEY,
    cookieSecure: e.COOKIE_SECURE === 'true',
    trustProxy: e.TRUST_PROXY === 'true',
    metricsToken: e.METRICS_TOKEN,
    logLevel: e.LOG_LEVEL,
    sessionHours: e.SESSION_HOURS,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    webDist: e.WEB_DIST ?? resolve(import.meta.dirname, '../../web/dist'),
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    reminderHours: e.REMINDER_HOURS,
    lateCancelHours: e.LATE_CANCEL_HOURS,
    waitlistHoldMinutes: e.WAITLIST_HOLD_MINUTES,
  };
}
