import { useCallback, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import { refusalText, unexpectedText } from '../i18n/refusal-text';
import { usePortalText } from '../i18n/use-portal-text';

/** What an error says to its reader: a server refusal in the reader's language (see refusal-text.ts). */
export function useErrorText() {
  const { lang } = usePortalText();
  return useCallback(
    (error: unknown): string =>
      error instanceof ApiError
        ? refusalText(lang, error)
        : typeof error === 'string'
          ? error
          : unexpectedText(lang, error),
    [lang],
  );
}

/** The message of a field the server refused, in the reader's language: `fieldMessage(error, 'email')`. */
export function useFieldMessage() {
  const { lang } = usePortalText();
  return useCallback(
    (error: unknown, field: string): string | undefined =>
      error instanceof ApiError && error.field === field ? refusalText(lang, error) : undefined,
    [lang],
  );
}

/** A problem the person must notice: announced at once by screen readers. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = usePortalText();
  const text = useErrorText();
  if (error === undefined || error === null) return null;
  return (
    <div className="alert alert-error" role="alert">
      <strong>{title ?? t('problem')}</strong> {text(error)}
    </div>
  );
}

/** A polite confirmation ("Saved", "Booked"). */
export function StatusMessage({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <div className="alert alert-success" role="status">
      {children}
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  const { t } = usePortalText();
  return (
    <p className="muted" role="status">
      {t('loading', { what })}
    </p>
  );
}

/** Shows a load error, or "loading", or nothing when the data is there. */
export function LoadState({ loading, error, what }: { loading: boolean; error: unknown; what: string }) {
  const { t } = usePortalText();
  if (error) return <ErrorAlert error={error} title={t('couldNotLoad', { what })} />;
  if (loading) return <Loading what={what} />;
  return null;
}

/** A server message without its leading `field: `, for showing beside the field's own label. */
export function withoutField(message: string | undefined): string | undefined {
  return message?.replace(/^[\w.]+: /, '');
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field-error" id={id}>
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}
