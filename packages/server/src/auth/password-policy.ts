import { readFileSync } from 'node:fs';
import { fail } from '../errors';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/**
 * The shipped lists, read once into one Set (lower case) at the first check; no download at run time:
 * `common-passwords.txt` (the clinic's own: seasons, the clinic's name, ...) and `common-passwords-seclists.txt`,
 * SecLists' top 10,000 of a 10-million-password corpus (MIT, see `common-passwords-seclists.LICENSE`).
 */
const LISTS = ['./common-passwords.txt', './common-passwords-seclists.txt'];
let common: Set<string> | undefined;
export function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(
    LISTS.flatMap((file) =>
      readFileSync(new URL(file, import.meta.url), 'utf8')
        .split('\n')
        .map((line) => line.trim().toLowerCase())
        .filter((line) => line && !(file === './common-passwords.txt' && line.startsWith('#'))),
    ),
  );
  return common;
}

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};

function undoLeet(text: string): string {
  return text.replace(/[013457@$]/g, (c) => LEET[c] ?? c);
}

/** The word inside a padded password: lower case, digits and symbols trimmed from both ends, leetspeak undone. */
function core(password: string): string {
  return undoLeet(password.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
}

/** Keyboard rows and runs of letters or digits, forwards and backwards: a password inside one is a walk, not a secret. */
const WALKS = [
  'qwertyuiopasdfghjklzxcvbnm',
  'abcdefghijklmnopqrstuvwxyz',
  '0123456789'.repeat(3),
  '1qaz2wsx3edc4rfv5tgb',
];
const WALKS_BOTH_WAYS = [...WALKS, ...WALKS.map((w) => [...w].reverse().join(''))];

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Refuses a new password that is too short or long, common (whole, or as the word inside digits and symbols), too
 * repetitive, or containing the person's own email, email name or name. Throws a 400 naming the field `password`.
 */
export function checkNewPassword(password: string, context: { email?: string; name?: string } = {}): void {
  const refuse = (message: string, rule: string) => fail.invalid('password', message, rule);
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw refuse(`must be at least ${PASSWORD_MIN_LENGTH} characters`, 'too_short');
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw refuse(`must be at most ${PASSWORD_MAX_LENGTH} characters`, 'too_long');
  }
  const list = commonPasswords();
  const lower = password.toLowerCase();
  const word = core(password);
  if (list.has(lower) || list.has(word) || list.has(squash(password))) {
    throw refuse('is too common; choose a less guessable password', 'too_common');
  }
  if (WALKS_BOTH_WAYS.some((walk) => walk.includes(squash(password)))) {
    throw refuse('is a run of keys or characters; choose a less guessable password', 'key_run');
  }
  if (new Set(lower).size < 4)
    throw refuse('repeats too few characters; choose a less guessable password', 'too_repetitive');
  if (containsOwnName(password, context))
    throw refuse('must not contain your email or name', 'contains_name');
}

/** A name word or email-name piece this long or longer is refused anywhere inside a password (shorter ones: whole). */
const OWN_PIECE_MIN = 4;

/**
 * Whether the password is, or contains, the person's email, the email's local part or their name (letters and digits
 * only, any case, leetspeak undone); a single word of the name or local part counts from 4 characters on.
 */
function containsOwnName(password: string, context: { email?: string; name?: string }): boolean {
  const local = context.email?.split('@')[0];
  const wholes = [context.email, local, context.name].map((p) => squash(p ?? '')).filter(Boolean);
  const pieces = [local, context.name].flatMap((p) => (p ?? '').split(/[^\p{L}\p{N}]+/u)).map(squash);
  const inside = [...wholes, ...pieces].filter((p) => p.length >= OWN_PIECE_MIN);
  const forms = [squash(password), squash(undoLeet(password.toLowerCase()))];
  return forms.some((form) => wholes.includes(form) || inside.some((p) => form.includes(p)));
}
