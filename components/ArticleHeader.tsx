import { formatArticleDate, relativeToNow } from '@/utils/core/dates/format-date';
import type { Article, ArticleDate } from '@/utils/core/types';

interface Props {
  article: Article;
  /** The capture time, for "4 days ago" hints. */
  now: Date;
}

function DateStamp({ label, date, now }: { label: string; date: ArticleDate; now: Date }) {
  return (
    <span>
      {label}{' '}
      <time dateTime={date.iso} title={relativeToNow(date, now)}>
        {formatArticleDate(date)}
      </time>
    </span>
  );
}

/** Title; author · site; "Published … · Updated … · N min read"; then "4 days ago, updated 3 days ago". */
export function ArticleHeader({ article, now }: Props) {
  const { published } = article;
  // An update on the day of publication would print the same date twice.
  const updated =
    article.updated && (!published || formatArticleDate(article.updated) !== formatArticleDate(published))
      ? article.updated
      : null;
  const byline = [article.author, article.site].filter(Boolean).join(' · ');
  const ago = [published && relativeToNow(published, now), updated && `updated ${relativeToNow(updated, now)}`].filter(
    Boolean,
  );
  return (
    <header class="article">
      <h1 class="article__title">{article.title}</h1>
      {byline && <p class="article__byline">{byline}</p>}
      <p class="article__meta">
        {[
          published && <DateStamp key="published" label="Published" date={published} now={now} />,
          updated && <DateStamp key="updated" label="Updated" date={updated} now={now} />,
          <span key="reading">{article.readingTimeMinutes} min read</span>,
        ]
          .filter(Boolean)
          .map((part, index) => [index > 0 && ' · ', part])}
      </p>
      {ago.length > 0 && <p class="article__ago">{ago.join(', ')}</p>}
    </header>
  );
}
