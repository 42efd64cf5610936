/** Quoted-printable to UTF-8 text (`=C3=A1` is one UTF-8 character in two bytes). */
function fromQuotedPrintable(body: string, underscoresAreSpaces = false): string {
  const text = underscoresAreSpaces ? body.replace(/_/g, ' ') : body;
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    const hex = soft[i] === '=' ? soft.slice(i + 1, i + 3) : '';
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i] ?? '', 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeBody(body: string, encoding: string): string {
  if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/quoted-printable/i.test(encoding)) return fromQuotedPrintable(body);
  return body;
}

/** A header value with its RFC 2047 encoded words (`=?UTF-8?Q?...?=`, `=?UTF-8?B?...?=`) decoded. */
export function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_m, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : fromQuotedPrintable(text, true),
    );
}

/** The decoded subject and text/plain part of a raw message from the SMTP sink. */
export function readMail(raw: string): { subject: string; text: string } {
  const head = raw.split(/\r?\n\r?\n/)[0]?.replace(/\r?\n[ \t]+/g, ' ') ?? '';
  const subject = decodeHeader(/^Subject: (.*)$/im.exec(head)?.[1] ?? '');
  const part = /Content-Type: text\/plain[^]*?\r?\n\r?\n/i.exec(raw);
  if (!part) return { subject, text: '' };
  // A single-part mail's text/plain is its top-level header block, where the encoding may come before the type.
  const headers = part.index < head.length ? head : part[0];
  const encoding = /Content-Transfer-Encoding:\s*([\w-]+)/i.exec(headers)?.[1] ?? '7bit';
  const body = raw.slice(part.index + part[0].length).split(/\r?\n--/)[0] ?? '';
  return { subject, text: decodeBody(body, encoding) };
}
