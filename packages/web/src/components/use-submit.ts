import { useState, type FormEvent } from 'react';

/**
 * A form's send: while `action` runs the form is busy; a refusal is kept as `error` for the fields and the
 * alert. `run` sends without an event (a button outside a form), `submit` is the form's onSubmit.
 */
export function useSubmit(action: () => Promise<void>) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run();
  };
  return { error, setError, busy, run, submit };
}
