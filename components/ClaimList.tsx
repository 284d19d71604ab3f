import { useState } from 'preact/hooks';
import type { Claim } from '@/utils/core/types';
import { formatList, plural, t } from '@/utils/i18n';

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
      <button type="button" class="claim__text" onClick={show} title={t('claimShow')}>
        {claim.text}
      </button>
      <p class="claim__meta">
        {claim.hedged && (
          <span class="badge badge--hedged">{t('claimHedged', formatList(claim.hedgeCues, 'unit'))}</span>
        )}
        {claim.source && <span class="claim__source">{t('claimSource', claim.source)}</span>}
        {claim.section && <span class="claim__section">{claim.section}</span>}
      </p>
      {missing && <p class="claim__missing">{t('claimMissing')}</p>}
    </li>
  );
}

/** The key claims, or every claim about one actor, key claims first; "Show all" lists the rest. */
export function ClaimList({ claims, actor, onShow }: Props) {
  const [all, setAll] = useState(false);
  const matching = actor ? claims.filter((c) => c.actors.includes(actor)) : claims;
  const shown = actor || all ? matching : matching.filter((c) => c.key);
  if (shown.length === 0) {
    return <p class="empty">{actor ? t('claimsNoneAbout', actor) : t('claimsNone')}</p>;
  }
  return (
    <>
      <ol class="claims" aria-label={actor ? t('headingClaimsAbout', actor) : t('headingKeyClaims')}>
        {shown.map((claim) => (
          <ClaimItem key={claim.text} claim={claim} onShow={onShow} />
        ))}
      </ol>
      {!actor && matching.length > shown.length && (
        <button type="button" class="link-button" onClick={() => setAll(true)}>
          {plural('claimsShowAll', matching.length)}
        </button>
      )}
    </>
  );
}
