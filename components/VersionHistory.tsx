import { formatInstant } from '@/utils/core/dates/format-date';
import type { SavedArticle, VersionChanges } from '@/utils/core/library/saved-article';
import { dateLocale, formatList, t } from '@/utils/i18n';
import { updateSummary } from '@/utils/update-summary';

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

/** The claims an update changed (struck through, then the new text), added and removed. */
export function ClaimChanges({ changes }: { changes: VersionChanges }) {
  const { added, changed, removed } = changes.claims;
  return (
    <ul class="changes" aria-label={t('whatChanged')}>
      {changed.map((c) => (
        <li key={c.after} class="changes__changed">
          <del>{c.before}</del> <ins>{c.after}</ins>
        </li>
      ))}
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
