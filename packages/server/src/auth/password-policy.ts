import { readFileSync } from 'node:fs';
import { fail } from '../errors';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** The shipped list (common-passwords.txt beside this file), read once; no download at run time. */
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line && !line.startsWith('#')),
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

/** The word inside a padded password: lower case, digits and symbols trimmed from both ends, leetspeak undone. */
function core(password: string): string {
  const trimmed = password.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return trimmed.replace(/[013457@$]/g, (c) => LEET[c] ?? c);
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
 * repetitive, or the person's own email, email name or name. Throws a 400 naming the field `password`.
 */
export function checkNewPassword(password: string, context: { email?: string; name?: string } = {}): void {
  const refuse = (rule: string) => fail.invalid('password', rule);
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw refuse(`must be at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw refuse(`must be at most ${PASSWORD_MAX_LENGTH} characters`);
  }
  const list = commonPasswords();
  const lower = password.toLowerCase();
  const word = core(password);
  if (list.has(lower) || list.has(word) || list.has(squash(password))) {
    throw refuse('is too common; choose a less guessable password');
  }
  if (WALKS_BOTH_WAYS.some((walk) => walk.includes(squash(password)))) {
    throw refuse('is a run of keys or characters; choose a less guessable password');
  }
  if (new Set(lower).size < 4) throw refuse('repeats too few characters; choose a less guessable password');
  const personal = [context.email, context.email?.split('@')[0], context.name]
    .filter((p): p is string => !!p && p.trim().length > 0)
    .map(squash);
  const own = new Set([squash(password), squash(word)]);
  if (personal.some((p) => p.length > 0 && own.has(p))) {
    throw refuse('must not be your email or name');
  }
}
