import type { Section } from '@/utils/core/types';

interface Props {
  sections: Section[];
}

/** The article's headings in order, indented by level (H2 flush, H3 one step in, …), with their points. */
export function SectionOutline({ sections }: Props) {
  if (sections.length === 0) {
    return <p class="outline__empty">This article has no section headings.</p>;
  }
  const top = Math.min(...sections.map((s) => s.level));
  return (
    <ol class="outline" aria-label="Sections">
      {sections.map((section, index) => (
        <li
          key={index}
          class={`outline__item outline__item--depth${Math.min(section.level - top, 3)}`}
          data-level={section.level}
        >
          <span class="outline__title">{section.title}</span>
          {section.points.length > 0 && (
            <ul class="outline__points" aria-label={`Points of ${section.title}`}>
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
