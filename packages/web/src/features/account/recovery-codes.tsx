/** The recovery codes, shown this once, with what to do with them. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <div role="status">
      <p>
        <strong>Two-factor is on.</strong>
      </p>
      <h3 id="recovery-codes-heading">Your recovery codes</h3>
      <p>
        Save these codes now somewhere safe (printed, or in a password manager): they are shown only this
        once. If you lose your phone, each code logs you in once instead of the 6-digit code.
      </p>
      <ul aria-labelledby="recovery-codes-heading" className="recovery-codes">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
