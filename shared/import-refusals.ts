/**
 * Refusals both sides must recognise: the importer writes them and the interface, seeing one, offers
 * the remedy (a password for an encrypted PDF) instead of only showing the reason.
 */

/** Why an encrypted PDF was not imported; the wrong-password refusal begins with the same words. */
export const PDF_PASSWORD_PROTECTED = 'the PDF is password-protected';

export const PDF_PASSWORD_NOT_RIGHT = `${PDF_PASSWORD_PROTECTED} and the password is not right`;

/** Whether an import failure can be retried with a (different) password. */
export function needsPassword(error: string | undefined): boolean {
  return error !== undefined && error.startsWith(PDF_PASSWORD_PROTECTED);
}
