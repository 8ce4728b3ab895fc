import { describe, expect, it } from 'vitest';
import { parsePdfDate } from '../../../main/import/pdf-date.ts';

const iso = (text: string) => parsePdfDate(text)?.toISOString() ?? null;

describe('parsePdfDate', () => {
  it('reads a full date with its offset from UTC', () => {
    expect(iso("D:20260311093000+01'00'")).toBe('2026-03-11T08:30:00.000Z');
    expect(iso("D:20260311093000-05'30'")).toBe('2026-03-11T15:00:00.000Z');
    expect(iso('D:20260311093000Z')).toBe('2026-03-11T09:30:00.000Z');
  });

  it('takes the parts left off as their first value, and no offset as UTC', () => {
    expect(iso('D:2026')).toBe('2026-01-01T00:00:00.000Z');
    expect(iso('D:20260311')).toBe('2026-03-11T00:00:00.000Z');
    expect(iso('D:202603111430')).toBe('2026-03-11T14:30:00.000Z');
  });

  it('accepts the ways producers bend the form', () => {
    expect(iso('20260311093000')).toBe('2026-03-11T09:30:00.000Z');
    expect(iso("D:20260311093000+01'")).toBe('2026-03-11T08:30:00.000Z');
    expect(iso('D:20260311093000+0100')).toBe('2026-03-11T08:30:00.000Z');
    expect(iso(' D:20260311093000Z00\'00\' ')).toBe('2026-03-11T09:30:00.000Z');
  });

  it('makes no date of something that is not one', () => {
    const notDates = ['', 'yesterday', 'D:26', 'D:20261311', 'D:20260431', 'D:20260311250000', 'D:19800101', 'D:990311120000'];
    for (const text of [...notDates, '2026-03-11T09:30:00Z', '2026/03/11', 'D:2026-03']) {
      expect(iso(text), text).toBeNull();
    }
  });
});
