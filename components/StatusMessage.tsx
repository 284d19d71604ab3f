import { t } from '@/utils/i18n';

interface Props {
  tone: 'info' | 'error';
  message: string;
  /** Shown as a "Try again" button when retrying can help. */
  onRetry?: () => void;
  /** Shown as an "Outline anyway" button on a page the reader may outline all the same. */
  onOutlineAnyway?: () => void;
}

/** One plain sentence about why there is no outline, with a retry where that makes sense. */
export function StatusMessage({ tone, message, onRetry, onOutlineAnyway }: Props) {
  return (
    <div class={`status status--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <p class="status__message">{message}</p>
      {onOutlineAnyway && (
        <button type="button" class="status__retry" onClick={onOutlineAnyway}>
          {t('outlineAnyway')}
        </button>
      )}
      {onRetry && (
        <button type="button" class="status__retry" onClick={onRetry}>
          {t('tryAgain')}
        </button>
      )}
    </div>
  );
}
