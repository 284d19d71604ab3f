import { formatArticleDate } from '@/utils/core/dates/format-date';
import { compareCaptures } from '@/utils/core/library/revision';
import type { SavedArticle } from '@/utils/core/library/saved-article';
import { updateSummary } from '@/utils/core/library/update-summary';

/** Each version of a saved article after the first, with what it changed against the one before. */
export function VersionHistory({ saved }: { saved: SavedArticle }) {
  const latest = saved.versions[saved.versions.length - 1].article;
  return (
    <div class="history">
      <h3 class="history__heading">Outline</h3>
      <ol class="history__sections">
        {latest.sections.map((section, i) => (
          <li key={i} data-level={section.level}>
            {section.title}
          </li>
        ))}
      </ol>
      <h3 class="history__heading">Versions</h3>
      <ol class="history__versions">
        <li>Saved {formatArticleDate({ iso: saved.savedAt, source: 'meta', precision: 'instant' })}</li>
        {saved.versions.slice(1).map((version, i) => {
          const revision = compareCaptures(saved.versions[i].article, version.article);
          return (
            <li key={version.capturedAt}>
              {updateSummary(revision, version.article.updated)}
              {revision.sections.added.length + revision.sections.removed.length > 0 && (
                <span>
                  {' '}
                  (sections added: {revision.sections.added.join(', ') || 'none'}; removed:{' '}
                  {revision.sections.removed.join(', ') || 'none'})
                </span>
              )}
              <ul class="changes">
                {revision.claims.changed.map((c) => (
                  <li key={c.after.text}>
                    <del>{c.before.text}</del> <ins>{c.after.text}</ins>
                  </li>
                ))}
                {revision.claims.added.map((c) => (
                  <li key={c.text}>
                    <ins>{c.text}</ins>
                  </li>
                ))}
                {revision.claims.removed.map((c) => (
                  <li key={c.text}>
                    <del>{c.text}</del>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
