import type { Mention } from './mentions';
import { PLACE_NAMES } from './place-names';
import { isHeadNoun } from './word-classes';

/** A mention's name as space-joined words ("US" for "U.S."): the key names are grouped by. */
export const formOf = (m: Mention) => m.words.join(' ');

/** Appends to the list under `key`, in place: a long article has thousands of mentions. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Company suffixes an acronym leaves out: "PG&E" for "Pacific Gas & Electric Co.". */
const COMPANY_SUFFIX = /^(?:Co|Corp|Inc|Ltd|LLC|plc|Company|Corporation)$/;

/**
 * Does `acronym` spell the capitalised words of `long`, or its last words ("PUC" for "California
 * Public Utilities Commission", named in full once and by the short form after)?
 */
function spells(acronym: string, long: string): boolean {
  const capitals = long
    .split(' ')
    .filter((w) => /^\p{Lu}/u.test(w) && !COMPANY_SUFFIX.test(w))
    .map((w) => w[0])
    .join('');
  const letters = acronym.replace(/[&.]/g, '');
  return letters.length >= 2 && capitals.endsWith(letters);
}

/** Union-find over name forms: merging "Trump" into "Donald Trump" joins their groups. */
class FormGroups {
  private parent = new Map<string, string>();
  find(form: string): string {
    let root = form;
    while (this.parent.has(root)) root = this.parent.get(root) as string;
    return root;
  }
  join(form: string, into: string): void {
    const a = this.find(form);
    const b = this.find(into);
    if (a !== b) this.parent.set(a, b);
  }
}

/**
 * Does a name of several words read as a person's: hinted so ("President Trump", "Okafor said"),
 * or two or three name words with no hint of another kind and no organisation's, place's or
 * known place's word ("Daniel Bernoulli", not "Trinity College", "San Francisco")?
 */
export function isPersonForm(form: string, mentions: Mention[]): boolean {
  if (mentions.some((m) => m.hint === 'person')) return true;
  const words = form.split(' ');
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    mentions.every((m) => m.hint === null && !m.afterPreposition) &&
    !words.some((w) => isHeadNoun(w)) &&
    !PLACE_NAMES.has(form)
  );
}

/**
 * Joins the names that are one actor: an acronym defined in brackets or spelling a longer name,
 * a shorter name that ends a full one, a surname, a head noun ("the Commission"), a first name.
 * Each merge needs exactly one candidate: where two full names end in "Ford", "Ford" stays apart.
 * Country mentions (keyed `country:…`) are already one actor each.
 */
export function mergeNames(byForm: Map<string, Mention[]>): Map<string, Mention[]> {
  const all = [...byForm.values()].flat();
  const groups = new FormGroups();
  const forms = [...byForm.keys()].filter((f) => !f.startsWith('country:'));
  const multiWord = forms.filter((f) => f.includes(' '));
  const personForms = multiWord.filter((f) => byForm.get(f)?.some((m) => m.hint === 'person'));
  for (const m of all) if (m.defines && byForm.has(m.defines)) groups.join(m.defines, formOf(m));
  // "Hawk Sawyer" for "Kathleen Hawk Sawyer": a shorter name that ends a full one, unless the
  // full one is an organisation or a place ("Supreme Court" is not "Illinois Supreme Court").
  for (const form of multiWord) {
    const longer = multiWord.filter(
      (long) =>
        long !== form &&
        long.endsWith(` ${form}`) &&
        !byForm.get(long)?.some((m) => m.hint === 'organisation' || m.hint === 'place'),
    );
    if (longer.length === 1) groups.join(form, longer[0]);
  }
  for (const form of forms) {
    if (form.includes(' ')) continue;
    // "WTO" for "World Trade Organization"; "Okafor" for "David Okafor"; "the Commission" for
    // "European Commission": merged only when exactly one longer name fits.
    const isAcronym = /^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(form);
    // A single name is a surname or a short name, not a place's last word: "California" is not
    // "Southern California". A place or institution word stands for the full name: "the
    // Statehouse", "the Commission".
    let fits = isAcronym
      ? multiWord.filter((long) => spells(form, long))
      : multiWord.filter(
          (long) =>
            long.split(' ').at(-1) === form &&
            (isHeadNoun(form) || !byForm.get(long)?.some((m) => m.hint === 'place')) &&
            // "Basel" is not "University of Basel", nor "England" "Bank of England".
            !new RegExp(`\\s(?:of|de|du|di|del|von|van)\\s${form}$`).test(long),
        );
    // "Ivan" for "Ivan Braiker", in pieces that call people by their first name.
    if (fits.length === 0 && !isAcronym) fits = personForms.filter((long) => long.split(' ')[0] === form);
    if (fits.length === 1 && groups.find(form) === form) groups.join(form, fits[0]);
  }

  const merged = new Map<string, Mention[]>();
  for (const [form, mentions] of byForm) {
    const root = form.startsWith('country:') ? form : groups.find(form);
    for (const m of mentions) addTo(merged, root, m);
  }
  return merged;
}
