import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
  ics?: { filename: string; content: string; method: 'PUBLISH' | 'REQUEST' | 'CANCEL' };
}

/** Who the clinic is in its mail: the From display name and the footer under every message. */
export interface ClinicSender {
  name: string;
  address: string;
  phone: string;
}

/** The address part of a From header (`Name <a@b>` or a bare address). */
export function mailAddressOf(from: string): string {
  return /<([^<>\s]+)>/.exec(from)?.[1] ?? from.trim();
}

/** The short footer every mail ends with: the clinic's name, address and phone, the empty ones left out. */
export function clinicFooter(sender: ClinicSender): string {
  return ['-- ', sender.name, sender.address, sender.phone].filter((l) => l.length).join('\n');
}

/** Sends mail over the clinic's SMTP server; null when no server is configured. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/**
 * `clinic`, when given, names the clinic in every mail once, here rather than in each template: the From display
 * name is the clinic's name (the address stays `from`'s) and the text ends with the clinic's footer.
 */
export function createMailer(
  smtpUrl: string | undefined,
  from: string,
  clinic?: () => Promise<ClinicSender>,
): Mailer | null {
  if (!smtpUrl) return null;
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(m) {
      const sender = clinic ? await clinic() : null;
      await transport.sendMail({
        from: sender ? { name: sender.name, address: mailAddressOf(from) } : from,
        to: m.to,
        subject: m.subject,
        text: sender ? `${m.text}\n\n${clinicFooter(sender)}` : m.text,
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
