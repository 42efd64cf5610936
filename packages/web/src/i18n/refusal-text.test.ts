import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFUSALS_ES, RULES_ES, STAFF_ONLY_CODES, refusalText, unexpectedText } from './refusal-text';

const SERVER = join(__dirname, '../../../server/src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.includes('.test.') && !name.includes('test-support') ? [path] : [];
  });
}

const serverText = sources(SERVER)
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');

/** Every literal code the server refuses with: `conflict('code'`, `new DomainError(409, 'code'`, `tokenRefusal(410, 'code'`. */
function serverCodes(): string[] {
  const found = new Set(['unauthorized', 'invalid_credentials', 'forbidden', 'not_found']);
  const pattern = /(?:conflict|unprocessable|DomainError|Refusal)\(\s*(?:\d+,\s*)?'([a-z]+(?:_[a-z]+)+)'/g;
  for (const match of serverText.matchAll(pattern)) found.add(match[1] ?? '');
  found.delete('validation_failed');
  return [...found].sort();
}

/** Every `rule` the server names for a refused field: `fail.invalid('birthDate', …, 'in_future')`, `refuse(…, 'too_short')`. */
function serverRules(): string[] {
  const found = new Set<string>();
  const message = "(?:'[^']*'|`[^`]*`)";
  const invalid = new RegExp(`fail\\.invalid\\(\\s*'(\\w+)',\\s*${message},\\s*'([a-z_]+)',?\\s*\\)`, 'g');
  for (const m of serverText.matchAll(invalid)) {
    found.add(`${m[1]}.${m[2]}`);
  }
  const refuse = new RegExp(`refuse\\(\\s*${message},\\s*'([a-z_]+)'\\)`, 'g');
  for (const m of serverText.matchAll(refuse)) found.add(`password.${m[1]}`);
  return [...found].sort();
}

const english = /\b(the|must|is|not|this|please|your)\b/i;

describe('refusals in the reader language', () => {
  it('finds the codes the server refuses with (the scan works)', () => {
    expect(serverCodes()).toEqual(
      expect.arrayContaining(['slot_taken', 'email_not_verified', 'reset_token_used']),
    );
    expect(serverRules()).toEqual(expect.arrayContaining(['password.too_short', 'birthDate.adults_only']));
  });

  it('has Spanish for every code the server sends, unless only staff can meet it', () => {
    const missing = serverCodes().filter((code) => !REFUSALS_ES[code] && !STAFF_ONLY_CODES.includes(code));
    expect(missing).toEqual([]);
  });

  it('has Spanish for every rule the server names for a field', () => {
    expect(serverRules().filter((rule) => !RULES_ES[rule])).toEqual([]);
  });

  it('writes no empty text and no English sentence in its Spanish', () => {
    for (const [key, text] of Object.entries({ ...REFUSALS_ES, ...RULES_ES })) {
      expect(text.trim(), key).not.toBe('');
      expect(text, key).not.toMatch(english);
    }
  });

  it.each([
    [
      { status: 409, code: 'slot_taken', field: 'start', message: 'this time has just been taken' },
      REFUSALS_ES.slot_taken,
    ],
    [
      {
        status: 400,
        code: 'validation_failed',
        field: 'newPassword',
        message: 'x',
        details: { rule: 'too_common' },
      },
      RULES_ES['password.too_common'],
    ],
    [
      { status: 400, code: 'validation_failed', field: 'guardians.0.email', message: 'x' },
      'Escriba un correo electrónico válido, por ejemplo nombre@ejemplo.com.',
    ],
    [
      { status: 400, code: 'validation_failed', field: 'q-low-back.3', message: 'q-low-back.3: required' },
      'Revise esta respuesta: no es válida.',
    ],
    [
      { status: 409, code: 'something_new', message: 'x' },
      'Esto cambió mientras tanto. Vuelva a cargar la página.',
    ],
    [
      { status: 422, code: 'something_new', message: 'x' },
      'Revise los datos marcados y vuelva a intentarlo.',
    ],
    [{ status: 503, code: 'internal', message: 'x' }, 'El servidor tuvo un problema. Vuelva a intentarlo.'],
  ])('in Spanish, %o reads %s', (refusal, expected) => {
    expect(refusalText('es', refusal)).toBe(expected);
  });

  it("keeps the server's English message for English readers", () => {
    const refusal = {
      status: 409,
      code: 'slot_taken',
      message: 'this time has just been taken: choose another slot',
    };
    expect(refusalText('en', refusal)).toBe(refusal.message);
    expect(unexpectedText('en', new TypeError('Failed to fetch'))).toBe('Failed to fetch');
    expect(unexpectedText('es', new TypeError('Failed to fetch'))).not.toMatch(english);
  });
});
