/**
 * The front matter of an article: a block between two `---` lines at the top, one `key: value` per line, or a
 * `key:` line followed by `  - item` lines for a list. Only this small subset of YAML is read (our own files).
 */
export interface FrontMatter {
  fields: Record<string, string | string[]>;
  body: string;
}

/** Splits a Markdown file into its front matter and body; throws a message naming the line at fault. */
export function parseFrontMatter(source: string): FrontMatter {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') throw new Error('the file must start with a front matter block (---)');
  const end = lines.indexOf('---', 1);
  if (end < 0) throw new Error('the front matter block is not closed (---)');
  const fields: Record<string, string | string[]> = {};
  let list: string[] | null = null;
  for (let i = 1; i < end; i++) {
    const line = lines[i] ?? '';
    if (!line.trim()) continue;
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (item) {
      if (!list) throw new Error(`front matter line ${i + 1}: a list item without a key above it`);
      list.push((item[1] ?? '').trim());
      continue;
    }
    const pair = /^([a-z]+):\s*(.*)$/.exec(line);
    if (!pair) throw new Error(`front matter line ${i + 1}: expected "key: value"`);
    const [, key = '', value = ''] = pair;
    if (key in fields) throw new Error(`front matter line ${i + 1}: "${key}" is given twice`);
    if (value.trim()) {
      fields[key] = value.trim();
      list = null;
    } else {
      list = [];
      fields[key] = list;
    }
  }
  return {
    fields,
    body: lines
      .slice(end + 1)
      .join('\n')
      .trim(),
  };
}
