import { useState } from 'preact/hooks';
import type { Claim } from '@/utils/core/types';

interface Props {
  claims: Claim[];
  /** Show only the claims naming this actor; null shows the key claims. */
  actor: string | null;
  /** Scrolls the page to a claim and highlights it; resolves false when the page lacks it. */
  onShow: (claim: Claim) => Promise<boolean>;
}

/** One claim: its sentence (a button that shows it in the page), then how firm and whose. */
function ClaimItem({ claim, onShow }: { claim: Claim; onShow: Props['onShow'] }) {
  const [missing, setMissing] = useState(false);
  const show = () =>
    onShow(claim).then(
      (found) => setMissing(!found),
      () => setMissing(true),
    );
  return (
    <li class="claim">
      <button type="button" class="claim__text" onClick={show} title="Show this sentence in the page">
        {claim.text}
      </button>
      <p class="claim__meta">
        {claim.hedged && (
          <span class="badge badge--hedged" title={`Hedged: ${claim.hedgeCues.join(', ')}`}>
            hedged: {claim.hedgeCues.join(', ')}
          </span>
        )}
        {claim.source && <span class="claim__source">Source: {claim.source}</span>}
        {claim.section && <span class="claim__section">{claim.section}</span>}
      </p>
      {missing && <p class="claim__missing">This sentence is no longer on the page.</p>}
    </li>
  );
}

/** The key claims, or every claim about one actor, key claims first; "Show all" lists the rest. */
export function ClaimList({ claims, actor, onShow }: Props) {
  const [all, setAll] = useState(false);
  const matching = actor ? claims.filter((c) => c.actors.includes(actor)) : claims;
  const shown = actor || all ? matching : matching.filter((c) => c.key);
  if (shown.length === 0) {
    return (
      <p class="empty">{actor ? `No claims name ${actor}.` : 'No sentence here asserts something about someone.'}</p>
    );
  }
  return (
    <>
      <ol class="claims" aria-label={actor ? `Claims about ${actor}` : 'Key claims'}>
        {shown.map((claim) => (
          <ClaimItem key={claim.text} claim={claim} onShow={onShow} />
        ))}
      </ol>
      {!actor && matching.length > shown.length && (
        <button type="button" class="link-button" onClick={() => setAll(true)}>
          Show all {matching.length} claims
        </button>
      )}
    </>
  );
}
