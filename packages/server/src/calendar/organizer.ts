import { mailAddressOf } from '../mail/mailer';

/** The clinic as organizer of its visits (RFC 5546): the address mail comes from, named after the clinic and location. */
export function clinicOrganizer(
  mailFrom: string,
  clinicName: string,
  locationName: string,
): { name: string; email: string } {
  return { name: `${clinicName} ${locationName}`, email: mailAddressOf(mailFrom) };
}
