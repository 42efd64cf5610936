import { SMTPServer } from 'smtp-server';
import { createMailer } from '../mail/mailer';

export interface SinkMessage {
  to: string[];
  raw: string;
  subject: string;
  /** The decoded text/calendar part, if any. */
  ics: string | null;
}

function decodePart(body: string, encoding: string): string {
  if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/quoted-printable/i.test(encoding)) {
    return body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  return body;
}

/** The first text/calendar MIME part of a message, decoded. */
function calendarPart(raw: string): string | null {
  const match = /Content-Type: text\/calendar[^]*?\r?\n\r?\n/i.exec(raw);
  if (!match) return null;
  const headers = match[0];
  const encoding = /Content-Transfer-Encoding:\s*([\w-]+)/i.exec(headers)?.[1] ?? '7bit';
  const rest = raw.slice(match.index + headers.length);
  const body = rest.split(/\r?\n--/)[0] ?? '';
  return decodePart(body, encoding);
}

/** A real SMTP server on loopback that keeps every message, for tests of mail sent over SMTP. */
export async function startSmtpSink(): Promise<{
  url: string;
  messages: SinkMessage[];
  stop(): Promise<void>;
}> {
  const messages: SinkMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        messages.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          subject:
            /^Subject: (.*)$/im.exec(raw.split(/\r?\n\r?\n/)[0]?.replace(/\r?\n[ \t]+/g, ' ') ?? '')?.[1] ??
            '',
          ics: calendarPart(raw),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The clinic's mailer sending to a local SMTP sink, as the integration tests use it. */
export function sinkMailer(sink: { url: string }) {
  return createMailer(sink.url, 'OMT Clinic <clinic@test.local>');
}
