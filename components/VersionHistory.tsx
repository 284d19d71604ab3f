import { formatInstant } from '@/utils/core/dates/format-date';
import { wordingFixes } from '@/utils/core/library/change-text';
import {
  isSubstantive,
  isSubstantiveChange,
  type SavedArticle,
  type VersionChanges,
} from '@/utils/core/library/saved-article';
import { markedParts, wordDiff } from '@/utils/core/library/word-diff';
import { dateLocale, formatList, plural, t } from '@/utils/i18n';
import { reasonLabel, updateSummary } from '@/utils/update-summary';

/** Sections an update added or removed, when it did. */
function SectionChanges({ changes }: { changes: VersionChanges }) {
  const { added, removed } = changes.sections;
  if (added.length + removed.length === 0) return null;
  return (
    <p class="history__sections-changed">
      {[
        added.length > 0 && t('sectionsAdded', formatList(added)),
        removed.length > 0 && t('sectionsRemoved', formatList(removed)),
      ]
        .filter(Boolean)
        .join(' ')}
    </p>
  );
}

/** A claim's new sentence with the words that changed marked: the old ones struck, the new ones inserted. */
function MarkedChange({ before, after }: { before: string; after: string }) {
  return (
    <>
      {markedParts(wordDiff(before, after)).map((part, i) =>
        part.change === 'same' ? (
          part.text
        ) : part.change === 'removed' ? (
          <del key={i}>{part.text}</del>
        ) : (
          <ins key={i}>{part.text}</ins>
        ),
      )}
    </>
  );
}

/**
 * The claims an update changed: those that change what the article says, each with why and its
 * changed words marked, then the claims added and removed; the copy-edits folded under "and 3
 * wording fixes".
 */
export function ClaimChanges({ changes }: { changes: VersionChanges }) {
  const { added, changed, removed, restated } = changes.claims;
  const announced = isSubstantive(changes);
  const matter = announced ? changed.filter(isSubstantiveChange) : [];
  const fixes = changed.filter((c) => !matter.includes(c));
  const fixCount = wordingFixes(changes);
  return (
    <>
      <ul class="changes" aria-label={t('whatChanged')}>
        {matter.map((c) => {
          const why = reasonLabel(c.reason);
          return (
            <li key={c.after} class="changes__changed">
              {why && <span class="changes__why">{why}: </span>}
              <MarkedChange before={c.before} after={c.after} />
            </li>
          );
        })}
        {added.map((text) => (
          <li key={text} class="changes__added">
            <ins>{text}</ins>
          </li>
        ))}
        {removed.map((text) => (
          <li key={text} class="changes__removed">
            <del>{text}</del>
          </li>
        ))}
      </ul>
      {fixCount > 0 && (
        <details class="changes__fixes">
          <summary>
            {announced ? t('andWordingFixes', plural('wordingFixes', fixCount)) : plural('wordingFixes', fixCount)}
          </summary>
          <ul class="changes">
            {fixes.map((c) => (
              <li key={c.after} class="changes__changed">
                <MarkedChange before={c.before} after={c.after} />
              </li>
            ))}
            {restated?.added.map((text) => (
              <li key={text} class="changes__added">
                <ins>{text}</ins>
              </li>
            ))}
            {restated?.removed.map((text) => (
              <li key={text} class="changes__removed">
                <del>{text}</del>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** Each version of a saved article after the first, with what it changed against the one before. */
export function VersionHistory({ saved }: { saved: SavedArticle }) {
  const { latest } = saved;
  return (
    <div class="history">
      <h3 class="history__heading">{t('headingOutline')}</h3>
      <ol class="history__sections">
        {latest.sections.map((section, i) => (
          <li key={i} data-level={section.level}>
            {section.title}
          </li>
        ))}
      </ol>
      <h3 class="history__heading">{t('headingVersions')}</h3>
      <ol class="history__versions">
        <li>{t('savedOn', formatInstant(saved.savedAt, dateLocale()))}</li>
        {saved.versions.map(
          (version) =>
            version.changes && (
              <li key={version.capturedAt}>
                {updateSummary(version.changes, version.updated)}
                <SectionChanges changes={version.changes} />
                <ClaimChanges changes={version.changes} />
              </li>
            ),
        )}
      </ol>
    </div>
  );
}
