/** How lists of people's documents are ordered: British English, case-blind, numbers by value ("Item 9" before "Item 10"). */
export const textCollator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/**
 * Compares two optional text values for a sortable column. Empty values go last whichever way the
 * column is sorted, because a blank date or owner is never what someone is looking for first;
 * 0 means "equal", leaving the tie to the caller.
 */
export function compareOptionalText(left: string | null, right: string | null, direction: 1 | -1): number {
  if (left === right) return 0;
  if (left === null || left === '') return 1;
  if (right === null || right === '') return -1;
  return direction * textCollator.compare(left, right);
}
