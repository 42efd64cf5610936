/** The clinic as organizer of its visits (RFC 5546): the address mail comes from, named after the clinic and location. */
export function clinicOrganizer(
  mailFrom: string,
  clinicName: string,
  locationName: string,
): { name: string; email: string } {
  const email = /<([^<>\s]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim();
  return { name: `${clinicName} ${locationName}`, email };
}
