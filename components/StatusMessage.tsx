interface Props {
  tone: 'info' | 'error';
  message: string;
  /** Shown as a "Try again" button when retrying can help. */
  onRetry?: () => void;
}

/** One plain sentence about why there is no outline, with a retry where that makes sense. */
export function StatusMessage({ tone, message, onRetry }: Props) {
  return (
    <div class={`status status--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <p class="status__message">{message}</p>
      {onRetry && (
        <button type="button" class="status__retry" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
