import type { ReactNode } from 'react';
import { ApiError, errorMessage } from '../api/client';
import { usePortalText } from '../i18n/use-portal-text';

/** A problem the person must notice: announced at once by screen readers. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  if (error === undefined || error === null) return null;
  const text = typeof error === 'string' ? error : errorMessage(error);
  return (
    <div className="alert alert-error" role="alert">
      <strong>{title ?? 'Problem:'}</strong> {text}
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

/** The error message of a field, when the server named that field. */
export function fieldMessage(error: unknown, field: string): string | undefined {
  if (error instanceof ApiError && error.field === field) return error.message;
  return undefined;
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
