import { squash } from '../extract/dom-kinds';
import { fold } from '../text/fold';
import { splitAuthors } from './authors';

/** A possessive blog, site or newsletter name: "Colin Watson's blog". */
const OWNED_SITE =
  /^(\S+(?:\s+\S+){1,2})['’]s\s+(?:personal\s+)?(?:blog|weblog|site|website|homepage|home page|notes|notebook|journal|newsletter|diary|writing|writings)\b/iu;

/**
 * The person a personal site is named after, when its name says so: "Colin Watson's blog" is
 * Colin Watson's. A reader of such a blog takes its owner for the author of a post that names no
 * one else. A site named after its owner without the possessive ("Polly Barks") reads the same as
 * a company's ("Proven Winners"), and a possessive business name ("Every Woman's Marathon") as a
 * person's blog, so only a possessive blog, site or newsletter counts, of a name of two or three
 * words that passes as a person's.
 */
export function possessiveOwner(siteName: string | null): string | null {
  const match = OWNED_SITE.exec(squash(siteName ?? ''));
  if (!match) return null;
  const [person] = splitAuthors(match[1], 'field');
  return person === match[1] ? person : null;
}

/**
 * The full name of a one-word byline on a site named after that person: "Brett" at
 * brettlarkin.com, whose site is "Brett Larkin Yoga", is Brett Larkin. The name must spell the
 * site's own label letter for letter.
 */
export function fullOwnerName(given: string, host: string | null, siteName: string | null): string | null {
  const label = host ? siteLabel(host) : null;
  const words = squash(siteName ?? '').split(' ');
  if (!label || words[0] !== given) return null;
  for (const count of [2, 3]) {
    const name = words.slice(0, count).join(' ');
    if (words.length >= count && letters(name) === label) return name;
  }
  return null;
}

/** Letters only, lower case, accents dropped: "Brett Larkin" and "brett-larkin" are both "brettlarkin". */
const letters = (text: string): string => fold(text).replace(/[^\p{L}]/gu, '');

/** Second-level labels under a country's top-level domain: the name is the label before them. */
const SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|edu|me|ltd|plc|id)$/;

/** The label a site is registered under: "brettlarkin" for www.brettlarkin.com, "jane-doe" for blog.jane-doe.co.uk. */
function siteLabel(host: string): string | null {
  const labels = host.toLowerCase().split('.');
  labels.pop();
  if (labels.length > 1 && SECOND_LEVEL.test(labels.at(-1) ?? '')) labels.pop();
  return letters(labels.at(-1) ?? '') || null;
}
