import type { Section } from '@/utils/core/types';
import { t } from '@/utils/i18n';

interface Props {
  sections: Section[];
}

/** The article's headings in order, indented by level (H2 flush, H3 one step in, …), with their points. */
export function SectionOutline({ sections }: Props) {
  if (sections.length === 0) {
    return <p class="outline__empty">{t('noSections')}</p>;
  }
  const top = Math.min(...sections.map((s) => s.level));
  return (
    <ol class="outline" aria-label={t('sectionsLabel')}>
      {sections.map((section, index) => (
        <li
          key={index}
          class={`outline__item outline__item--depth${Math.min(section.level - top, 3)}`}
          data-level={section.level}
        >
          <span class="outline__title">{section.title}</span>
          {section.points.length > 0 && (
            <ul class="outline__points" aria-label={t('pointsOf', section.title)}>
              {section.points.map((point, n) => (
                <li key={n}>{point}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
