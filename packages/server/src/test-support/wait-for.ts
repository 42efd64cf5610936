/**
 * Polls `get` every 20 ms until it gives a value, e.g. a mail that is sent after the response; fails naming `what`
 * after `timeoutMs`.
 */
export async function waitFor<T>(get: () => T | undefined, what: string, timeoutMs = 5_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = get();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
