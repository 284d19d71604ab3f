/**
 * YAML front matter for a note, usable as Obsidian properties. Every string is written as a
 * double-quoted JSON string, which is valid YAML 1.2 and needs no further escaping: colons,
 * quotes, `#`, leading dashes, `---`, newlines, right-to-left text and emoji all read back
 * exactly. Lists are written one item a line.
 */
export type FrontMatterValue = string | number | string[] | null;

/** A JSON string with the line and paragraph separators escaped too, which some YAML readers split on. */
const quoted = (value: string) =>
  JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

export function frontMatter(properties: Record<string, FrontMatterValue>): string {
  const lines = ['---'];
  for (const [key, value] of Object.entries(properties)) {
    if (value === null) continue;
    if (Array.isArray(value)) {
      lines.push(value.length ? `${key}:` : `${key}: []`);
      for (const item of value) lines.push(`  - ${quoted(item)}`);
    } else {
      lines.push(`${key}: ${typeof value === 'number' ? String(value) : quoted(value)}`);
    }
  }
  lines.push('---');
  return `${lines.join('\n')}\n`;
}
