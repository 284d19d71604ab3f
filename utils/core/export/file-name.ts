/**
 * File names for exported notes that every desktop system accepts: Windows forbids
 * `<>:"/\|?*`, control characters, names ending in a dot or space, and the device names (CON,
 * NUL, COM1, …, with any extension); macOS and Linux forbid `/` and NUL; names over 255 bytes fail
 * on most file systems. A leading dot would hide the file on macOS and Linux.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among those refused.
const ILLEGAL = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Direction controls can make "gnp.md" read as "dm.png"; they carry no meaning in a file name. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Room under the 255-byte limit for " (12)" and ".md", in UTF-8 bytes. */
const MAX_STEM_BYTES = 200;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** The longest start of `text` within `bytes` UTF-8 bytes that does not split a character or an emoji. */
function truncate(text: string, bytes: number): string {
  let out = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    if (utf8Length(out + segment) > bytes) break;
    out += segment;
  }
  return out;
}

/** A title as a file name stem: illegal characters become spaces, the result is trimmed and short. */
export function fileStem(title: string, fallback = 'Untitled'): string {
  const cleaned = title.normalize('NFC').replace(BIDI_CONTROLS, '').replace(ILLEGAL, ' ').replace(/\s+/g, ' ');
  const stem = truncate(cleaned.trim(), MAX_STEM_BYTES)
    .replace(/^[\s.]+/, '')
    .replace(/[\s.]+$/, '');
  if (!stem) return fallback;
  // Windows reserves a device name before any dot ("CON.txt" too), so the start must change.
  return WINDOWS_DEVICE.test(stem) ? `_${stem}` : stem;
}

/** "Title.md" for one note. */
export const noteFileName = (title: string): string => `${fileStem(title)}.md`;

/**
 * File names for many notes in one folder (a zip): each title's name, with " (2)", " (3)"…
 * after a name already taken. Case is ignored, as on Windows and macOS.
 */
export function uniqueNoteFileNames(titles: string[]): string[] {
  const taken = new Set<string>();
  // The next number to try for each stem, so a thousand notes of one title cost a thousand steps.
  const next = new Map<string, number>();
  return titles.map((title) => {
    const stem = fileStem(title);
    let name = `${stem}.md`;
    let n = next.get(stem.toLowerCase()) ?? 2;
    while (taken.has(name.toLowerCase())) name = `${stem} (${n++}).md`;
    next.set(stem.toLowerCase(), n);
    taken.add(name.toLowerCase());
    return name;
  });
}
