/**
 * A small RFC 4180 CSV reader for the exports of other practice systems: UTF-8 with or without a byte-order
 * mark, comma or semicolon separated (whichever the header line uses outside quotes), fields in double quotes
 * may hold separators, line breaks and doubled quotes (""), lines end in CRLF, LF or CR. Blank lines are skipped.
 */

export interface CsvRecord {
  /** The line of the file the record starts on (1-based, the header is line 1). */
  line: number;
  fields: string[];
}

export interface CsvTable {
  separator: ',' | ';';
  header: string[];
  records: CsvRecord[];
}

export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/** The separator the header line uses most outside quotes (a comma when neither appears). */
export function detectSeparator(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Every record of the text, header first; throws `CsvError` on an unclosed quote or text after a closing quote. */
export function parseCsvRecords(input: string, separator: ',' | ';'): CsvRecord[] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let atFieldStart = true;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    atFieldStart = true;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (atFieldStart && ch === '"') {
      const start = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new CsvError(start, 'a quoted field is never closed');
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== separator && next !== '\n' && next !== '\r') {
        throw new CsvError(line, 'text follows a closing quote (write a quote inside quotes as "")');
      }
      atFieldStart = false;
      continue;
    }
    if (ch === separator) {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      field += ch;
      atFieldStart = false;
      i++;
    }
  }
  if (field !== '' || fields.length) endRecord();
  return records;
}

/** The header and the data records of a CSV text; the separator is detected from the header line. */
export function parseCsv(input: string): CsvTable {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const separator = detectSeparator(text);
  const [header, ...records] = parseCsvRecords(text, separator);
  return { separator, header: (header?.fields ?? []).map((h) => h.trim()), records };
}
