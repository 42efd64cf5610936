import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
  ics?: { filename: string; content: string; method: 'PUBLISH' | 'REQUEST' | 'CANCEL' };
}

/** Sends mail over the clinic's SMTP server; null when no server is configured. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export function createMailer(smtpUrl: string | undefined, from: string): Mailer | null {
  if (!smtpUrl) return null;
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(m) {
      await transport.sendMail({
        from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        ...(m.ics
          ? {
              icalEvent: { filename: m.ics.filename, method: m.ics.method, content: m.ics.content },
            }
          : {}),
      });
    },
    close: () => transport.close(),
  };
}
