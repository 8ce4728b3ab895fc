/**
 * The short reason a library gives for failing, to follow "the PDF is damaged or incomplete: ".
 * Libraries' messages can run to stack-like detail over several lines; the first line is what a clerk
 * (or the support desk they call) can use, and the full error stays attached as the cause.
 */
export function errorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n').find((line) => line.trim() !== '') ?? 'unknown error';
  return firstLine.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
}
