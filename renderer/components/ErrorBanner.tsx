/** A failure message in an alert region, so screen readers announce it; the view behind it stays as it was. */
export function ErrorBanner({ message, onDismiss }: { message: string; onDismiss?: () => void }) {
  return (
    <div className="banner banner-error" role="alert">
      <p>{message}</p>
      {onDismiss && (
        <button type="button" className="button-quiet" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
