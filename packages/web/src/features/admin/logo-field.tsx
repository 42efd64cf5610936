import { useState } from 'react';
import { FieldError } from '../../components/messages';

const MAX_LOGO_BYTES = 200 * 1024;

/** The clinic's logo: a PNG or JPEG file of at most 200 KB, shown as it will print; the server checks its bytes. */
export function LogoField(props: {
  id: string;
  value: string | null;
  error: string | undefined;
  onChange: (dataUrl: string | null) => void;
}) {
  const { id, value, onChange } = props;
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const message = problem ?? props.error;
  const choose = (file: File | undefined) => {
    setProblem(undefined);
    if (!file) return;
    if (!['image/png', 'image/jpeg'].includes(file.type)) {
      setProblem('Choose a PNG or JPEG image.');
      return;
    }
    if (file.size > MAX_LOGO_BYTES) {
      setProblem(`This image is ${Math.ceil(file.size / 1024)} KB; the logo may be at most 200 KB.`);
      return;
    }
    const reader = new FileReader();
    reader.onload = () => onChange(typeof reader.result === 'string' ? reader.result : null);
    reader.onerror = () => setProblem('The file could not be read.');
    reader.readAsDataURL(file);
  };
  return (
    <div className="field" data-field="logoDataUrl">
      <label htmlFor={id}>Logo</label>
      <p className="hint" id={`${id}-hint`}>
        PNG or JPEG, at most 200 KB. It prints on notes and aftercare sheets.
      </p>
      {value && <img className="clinic-logo-preview" src={value} alt="Current clinic logo" />}
      <input
        id={id}
        type="file"
        accept="image/png,image/jpeg"
        aria-describedby={`${id}-hint${message ? ` ${id}-error` : ''}`}
        {...(message ? { 'aria-invalid': true } : {})}
        onChange={(e) => choose(e.target.files?.[0])}
      />
      {value && (
        <button type="button" className="button-secondary" onClick={() => onChange(null)}>
          Remove logo
        </button>
      )}
      <FieldError id={`${id}-error`} message={message} />
    </div>
  );
}
