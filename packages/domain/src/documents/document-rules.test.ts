import { describe, expect, it } from 'vitest';
import { documentFileName, sniffDocumentType } from './document-rules';

const bytes = (...b: number[]) => Uint8Array.from(b);
const text = (s: string) => new TextEncoder().encode(s);

describe('sniffDocumentType', () => {
  it.each([
    ['a PDF', text('%PDF-1.7\n%âãÏÓ'), 'application/pdf'],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), 'image/png'],
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'image/jpeg'],
    ['HTML', text('<!doctype html><script>alert(1)</script>'), null],
    ['HTML after a PDF-like word', text(' %PDF-1.7 <html>'), null],
    ['SVG', text('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), null],
    ['a GIF', text('GIF89a'), null],
    ['a truncated PNG signature', bytes(0x89, 0x50, 0x4e, 0x47), null],
    ['nothing', bytes(), null],
  ])('%s → %s', (_name, input, expected) => {
    expect(sniffDocumentType(input)).toBe(expected);
  });
});

describe('documentFileName', () => {
  it.each([
    ['MRI report (lumbar)', 'application/pdf', 'MRI-report-lumbar.pdf'],
    ['Carta de remisión', 'image/jpeg', 'Carta-de-remision.jpg'],
    ['"; evil.html', 'image/png', 'evilhtml.png'],
    ['???', 'application/pdf', 'document.pdf'],
  ] as const)('%s as %s → %s', (title, type, expected) => {
    expect(documentFileName(title, type)).toBe(expected);
  });
});
