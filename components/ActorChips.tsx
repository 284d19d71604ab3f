import type { Actor } from '@/utils/core/types';
import { formatList, plural, t } from '@/utils/i18n';

/** The popup shows the most salient actors; the rest are in the Markdown and the JSON. */
const SHOWN_ACTORS = 12;

interface Props {
  actors: Actor[];
  /** The actor whose claims are shown, or null for the key claims. */
  selected: string | null;
  onSelect: (name: string | null) => void;
}

/** "person · US envoy · also: Witkoff" — what a chip's tooltip adds to its name. */
function details(actor: Actor): string {
  const parts = [
    t(`actorKind_${actor.kind}`),
    actor.role,
    actor.aliases.length ? t('actorAlso', formatList(actor.aliases, 'unit')) : null,
  ];
  return parts.filter(Boolean).join(' · ');
}

/** One chip per key actor, with its kind and mentions; pressing one filters the claims to it. */
export function ActorChips({ actors, selected, onSelect }: Props) {
  if (actors.length === 0) return <p class="empty">{t('actorsNone')}</p>;
  return (
    <ul class="chips" aria-label={t('headingKeyActors')}>
      {actors.slice(0, SHOWN_ACTORS).map((actor) => (
        <li key={actor.name}>
          <button
            type="button"
            class={`chip chip--${actor.kind}`}
            aria-pressed={selected === actor.name}
            title={details(actor)}
            onClick={() => onSelect(selected === actor.name ? null : actor.name)}
          >
            <span class="chip__name">{actor.name}</span>
            <span class="chip__kind">{t(`actorKind_${actor.kind}`)}</span>
            <span class="chip__count" title={plural('mentions', actor.mentions)}>
              {actor.mentions}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
