/** The rules of patient documents that need no I/O: the types kept, their size limit and the categories. */

export type DocumentMediaType = 'application/pdf' | 'image/png' | 'image/jpeg';

/** The largest document the clinic keeps, in bytes (10 MB). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const DOCUMENT_CATEGORIES = ['referral_letter', 'imaging_report', 'outside_records', 'other'] as const;
export type DocumentCategory = (typeof DOCUMENT_CATEGORIES)[number];

const SIGNATURES: readonly { type: DocumentMediaType; bytes: readonly number[] }[] = [
  // "%PDF-"
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  // JPEG start-of-image marker followed by another marker.
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/**
 * The type a document's own first bytes say (its magic number), whatever its name or declared type claims;
 * null for anything else (HTML, SVG, scripts, other images).
 */
export function sniffDocumentType(bytes: Uint8Array): DocumentMediaType | null {
  const match = SIGNATURES.find(
    (s) => bytes.length >= s.bytes.length && s.bytes.every((b, i) => bytes[i] === b),
  );
  return match?.type ?? null;
}

/** The file extension a download of that type gets. */
export function documentExtension(type: DocumentMediaType): string {
  return type === 'application/pdf' ? 'pdf' : type === 'image/png' ? 'png' : 'jpg';
}

/**
 * A file name safe in a Content-Disposition header: the title's letters, digits, dashes and spaces (as dashes),
 * at most 60 characters, with the extension of the sniffed type.
 */
export function documentFileName(title: string, type: DocumentMediaType): string {
  const base = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9 _-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60);
  return `${base || 'document'}.${documentExtension(type)}`;
}
