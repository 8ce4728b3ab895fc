/** Queries shared by the tests that render the whole app. */
import { screen, within } from '@testing-library/react';

/** The library table's document rows, top to bottom (header and spacer rows left out). */
export function tableRows(): HTMLElement[] {
  return screen.queryAllByRole('row').filter((row) => row.hasAttribute('data-index'));
}

export function rowTitles(): string[] {
  return tableRows().map((row) => within(row).getByRole('rowheader').textContent ?? '');
}

export function rowCells(row: HTMLElement): string[] {
  return Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent ?? '');
}
