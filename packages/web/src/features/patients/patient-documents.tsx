import { useId, useState } from 'react';
import { DocumentCategory, type PatientDocument } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/use-api';
import { ErrorAlert, FieldError, LoadState, StatusMessage, useFieldMessage } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import { formatStamp } from '../../time';

const MAX_BYTES = 10 * 1024 * 1024;

export const CATEGORY_LABELS: Record<DocumentCategory, string> = {
  referral_letter: 'Referral letter',
  imaging_report: 'Imaging report',
  outside_records: 'Outside records',
  other: 'Other',
};

const TYPE_LABELS: Record<PatientDocument['mediaType'], string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
};

function size(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The file's bytes in base64 (the upload is JSON: the session's CSRF defence needs it). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

function UploadForm({
  patientId,
  onUploaded,
}: {
  patientId: string;
  onUploaded: (d: PatientDocument) => void;
}) {
  const id = useId();
  const fieldMessage = useFieldMessage();
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<DocumentCategory>('referral_letter');
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [fileProblem, setFileProblem] = useState<string | undefined>(undefined);
  const { error, setError, busy, submit } = useSubmit(async () => {
    if (!file) return setFileProblem('Choose a PDF, PNG or JPEG file.');
    if (file.size > MAX_BYTES)
      return setFileProblem(`This file is ${size(file.size)}; a document may be at most 10 MB.`);
    const saved = await call(API.uploadDocument, {
      params: { id: patientId },
      body: { title, category, fileName: file.name, contentBase64: await readBase64(file) },
    });
    setTitle('');
    setFile(null);
    setInputKey((k) => k + 1);
    onUploaded(saved);
  });
  const titleError = fieldMessage(error, 'title');
  const fileError = fileProblem ?? fieldMessage(error, 'contentBase64');
  const otherError = error && !titleError && !fileError ? error : null;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Add a document</h3>
      <ErrorAlert error={otherError} title="Not uploaded:" />
      <div className="field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? `${id}-title-error` : undefined}
        />
        <FieldError id={`${id}-title-error`} message={titleError} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-category`}>Category</label>
        <select
          id={`${id}-category`}
          value={category}
          onChange={(e) => setCategory(e.target.value as DocumentCategory)}
        >
          {DocumentCategory.options.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>File</label>
        <p className="hint" id={`${id}-file-hint`}>
          PDF, PNG or JPEG, at most 10 MB.
        </p>
        <input
          key={inputKey}
          id={`${id}-file`}
          type="file"
          accept="application/pdf,image/png,image/jpeg"
          aria-describedby={`${id}-file-hint${fileError ? ` ${id}-file-error` : ''}`}
          aria-invalid={fileError ? true : undefined}
          onChange={(e) => {
            setError(null);
            setFileProblem(undefined);
            setFile(e.target.files?.[0] ?? null);
          }}
        />
        <FieldError id={`${id}-file-error`} message={fileError} />
      </div>
      <button type="submit" disabled={busy}>
        {busy ? 'Uploading…' : 'Upload document'}
      </button>
    </form>
  );
}

function RemoveForm({ doc, onRemoved }: { doc: PatientDocument; onRemoved: (d: PatientDocument) => void }) {
  const id = useId();
  const fieldMessage = useFieldMessage();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { error, busy, submit } = useSubmit(async () => {
    onRemoved(await call(API.removeDocument, { params: { id: doc.id }, body: { reason } }));
  });
  if (!open) {
    return (
      <button
        type="button"
        className="button-secondary"
        onClick={() => setOpen(true)}
        aria-label={`Remove ${doc.title}`}
      >
        Remove…
      </button>
    );
  }
  const reasonError = fieldMessage(error, 'reason');
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="inline-form">
      <ErrorAlert error={reasonError ? null : error} title="Not removed:" />
      <div className="field">
        <label htmlFor={`${id}-reason`}>Why is “{doc.title}” removed (entered in error)?</label>
        <input
          id={`${id}-reason`}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? `${id}-reason-error` : undefined}
        />
        <FieldError id={`${id}-reason-error`} message={reasonError} />
      </div>
      <button type="submit" disabled={busy}>
        Remove document
      </button>{' '}
      <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
        Keep it
      </button>
    </form>
  );
}

/** A patient's documents for staff: upload, view, download, and removal of one entered in error. */
export function PatientDocuments({ patientId }: { patientId: string }) {
  const list = useApiQuery(API.listDocuments, { params: { id: patientId } });
  const [status, setStatus] = useState('');
  return (
    <section className="card" aria-labelledby="documents-heading" data-testid="staff-documents">
      <h2 id="documents-heading">Documents</h2>
      <StatusMessage>{status}</StatusMessage>
      <LoadState loading={list.loading && !list.data} error={list.error} what="the documents" />
      {list.data && list.data.length === 0 && <p>No documents yet.</p>}
      {list.data && list.data.length > 0 && (
        <ul className="record-list">
          {list.data.map((d) => {
            const url = `/api/documents/${encodeURIComponent(d.id)}/content`;
            return (
              <li key={d.id} data-testid="document-row" className={d.removedAt ? 'removed' : undefined}>
                {d.removedAt ? <del>{d.title}</del> : <strong>{d.title}</strong>} ·{' '}
                {CATEGORY_LABELS[d.category]} · {TYPE_LABELS[d.mediaType]}, {size(d.sizeBytes)} · added{' '}
                {formatStamp(d.uploadedAt)} by {d.uploadedBy}
                {d.removedAt ? (
                  <p className="muted">
                    Removed as entered in error on {formatStamp(d.removedAt)}: {d.removedReason}
                  </p>
                ) : null}
                <div className="actions">
                  <a href={url} target="_blank" rel="noopener" aria-label={`View ${d.title}`}>
                    View
                  </a>
                  <a href={`${url}?disposition=attachment`} download aria-label={`Download ${d.title}`}>
                    Download
                  </a>
                  {!d.removedAt && (
                    <RemoveForm
                      doc={d}
                      onRemoved={(removed) => {
                        setStatus(`“${removed.title}” removed.`);
                        list.reload();
                      }}
                    />
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <UploadForm
        patientId={patientId}
        onUploaded={(d) => {
          setStatus(`“${d.title}” uploaded.`);
          list.reload();
        }}
      />
    </section>
  );
}
