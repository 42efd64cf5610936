import { describe, expect, it } from 'vitest';
import { CsvError, detectSeparator, parseCsv, parseCsvRecords } from './csv';

const fields = (text: string, sep: ',' | ';' = ',') => parseCsvRecords(text, sep).map((r) => r.fields);

describe('CSV records (RFC 4180)', () => {
  it.each<[string, string, string[][]]>([
    [
      'plain',
      'a,b,c\n1,2,3\n',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    [
      'no final line break',
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'CRLF',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'bare CR',
      'a,b\r1,2\r',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'empty fields',
      'a,,c\n,,\n',
      [
        ['a', '', 'c'],
        ['', '', ''],
      ],
    ],
    ['quoted comma', '"Smith, Jr.",b\n', [['Smith, Jr.', 'b']]],
    ['quoted line break', '"12 Main St\nApt 4",b\n', [['12 Main St\nApt 4', 'b']]],
    ['quoted CRLF kept', '"x\r\ny",b\r\n', [['x\r\ny', 'b']]],
    ['doubled quote', '"O""Brien",b\n', [['O"Brien', 'b']]],
    ['empty quoted', '"",b\n', [['', 'b']]],
    ['blank lines skipped', 'a\n\n\nb\n', [['a'], ['b']]],
    ['quote inside unquoted field kept', 'ab"c,d\n', [['ab"c', 'd']]],
    ['spaces kept', ' a , b \n', [[' a ', ' b ']]],
    ['last field empty', 'a,\n', [['a', '']]],
  ])('%s', (_name, text, expected) => expect(fields(text)).toEqual(expected));

  it('semicolons when asked', () => expect(fields('a;"b;c"\n', ';')).toEqual([['a', 'b;c']]));

  it('records carry the line they start on', () => {
    const records = parseCsvRecords('h1,h2\n"multi\nline",x\n\nlast,y\n', ',');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it.each([
    ['unclosed quote', 'a,b\n"open,c\n', 2],
    ['text after a closing quote', 'a,b\n"x"y,c\n', 2],
  ])('refuses %s with its line', (_name, text, line) => {
    expect(() => parseCsvRecords(text, ',')).toThrow(CsvError);
    try {
      parseCsvRecords(text, ',');
    } catch (e) {
      expect((e as CsvError).line).toBe(line);
    }
  });
});

describe('CSV table', () => {
  it.each<[string, ',' | ';']>([
    ['a,b,c', ','],
    ['a;b;c', ';'],
    ['"x;y",b,c', ','],
    ['"x,y";b;c', ';'],
    ['single', ','],
  ])('separator of %j is %j', (text, sep) => expect(detectSeparator(text)).toBe(sep));

  it('strips a byte-order mark and trims header names', () => {
    const t = parseCsv('\uFEFF First Name ;Last Name\nAna;Ruiz\n');
    expect(t.separator).toBe(';');
    expect(t.header).toEqual(['First Name', 'Last Name']);
    expect(t.records).toEqual([{ line: 2, fields: ['Ana', 'Ruiz'] }]);
  });

  it('an empty file has no header', () =>
    expect(parseCsv('')).toEqual({ separator: ',', header: [], records: [] }));
});
