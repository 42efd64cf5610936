import { useEffect, useRef, useState } from 'react';
import type { ExportView } from '@omt/contracts';
import { API } from '../../../api/endpoints';
import { call } from '../../../api/client';
import { ErrorAlert } from '../../../components/messages';
import { useSubmit } from '../../../components/use-submit';
import { usePortalText } from '../../../i18n/use-portal-text';
import { formatDateShortTime } from '../../../time';

const POLL_MS = 1_000;

/**
 * "Download my data": the file is prepared in the background (it holds every document), so the button queues it,
 * the page says it is being prepared, and a download link appears once it is ready.
 */
export function RecordExport({ patientId, label }: { patientId: string; label: string }) {
  const { t, lang, locale } = usePortalText();
  const [job, setJob] = useState<ExportView | null>(null);
  const [pollError, setPollError] = useState<unknown>(null);
  const save = useRef<HTMLAnchorElement>(null);
  const { error, busy, run } = useSubmit(async () => {
    setPollError(null);
    setJob(await call(API.requestRecordExport, { params: { id: patientId }, body: { lang } }));
  });

  useEffect(() => {
    if (job?.status !== 'preparing') return;
    const timer = setTimeout(() => {
      call(API.exportStatus, { params: { id: job.id } }).then(setJob, setPollError);
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job]);
  // The button the person pressed is replaced by the link: keyboard focus moves to it.
  const ready = job?.status === 'ready';
  useEffect(() => {
    if (ready) save.current?.focus();
  }, [ready]);

  const preparing = busy || job?.status === 'preparing';
  return (
    <div className="record-export">
      {job?.status === 'ready' ? (
        <>
          <p role="status">{t('recordExportReady', { time: formatDateShortTime(job.expiresAt, locale) })}</p>
          <a
            ref={save}
            className="button-link"
            href={`/api/exports/${encodeURIComponent(job.id)}/file`}
            download={job.fileName ?? true}
            data-testid="download-data"
          >
            {t('recordExportSave')}
          </a>
        </>
      ) : (
        <>
          <button type="button" onClick={() => void run()} disabled={preparing} data-testid="prepare-data">
            {label}
          </button>
          <p role="status" className="muted">
            {preparing ? t('recordExportPreparing') : ''}
          </p>
        </>
      )}
      {job?.status === 'failed' && (
        <div className="alert alert-error" role="alert">
          {t('recordExportFailed')}
        </div>
      )}
      {(error ?? pollError) ? <ErrorAlert error={error ?? pollError} /> : null}
    </div>
  );
}
