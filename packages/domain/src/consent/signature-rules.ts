/** The rules of signing the clinic's general treatment consent that need no I/O. */

/** Lower case, accents removed, spaces collapsed: "  josé  LÓPEZ " and "Jose Lopez" are the same name. */
function comparable(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether a typed signature is the signer's full name, ignoring case, accents and extra spaces. */
export function typedNameMatches(typed: string, fullName: string): boolean {
  const t = comparable(typed);
  return t.length > 0 && t === comparable(fullName);
}

export interface ConsentState {
  currentVersion: number;
  signedVersions: readonly number[];
}

/** Signed: the current version carries a signature. An older version signed means a new one must be asked. */
export function consentStatus(s: ConsentState): 'signed' | 'new_version' | 'not_signed' {
  if (s.signedVersions.includes(s.currentVersion)) return 'signed';
  return s.signedVersions.length > 0 ? 'new_version' : 'not_signed';
}
