import { rebuildLines, type PlacedText } from '../../../main/import/pdf-lines.ts';

function run(text: string, x: number, baseline: number, overrides: Partial<PlacedText> = {}): PlacedText {
  const fontSize = overrides.fontSize ?? 10;
  return { text, x, baseline, width: text.length * fontSize * 0.5, fontSize, bold: false, ...overrides };
}

describe('rebuildLines', () => {
  it('orders lines top to bottom and runs left to right, whatever order they were drawn in', () => {
    const lines = rebuildLines([run('second', 50, 200), run('line', 90, 200), run('First', 50, 100)]);
    expect(lines.map((line) => line.text)).toEqual(['First', 'second line']);
  });

  it('inserts a space only where the gap between runs is wider than a fraction of the font size', () => {
    // "Recom" ends at x = 75; "mendations" touches it, "agreed" starts well after "mendations" ends.
    const lines = rebuildLines([run('Recom', 50, 100), run('mendations', 75.5, 100), run('agreed', 130, 100)]);
    expect(lines[0]?.text).toBe('Recommendations agreed');
  });

  it('keeps superscripts on their line but separates lines set close together', () => {
    const lines = rebuildLines([
      run('11', 50, 100),
      run('th', 60.5, 96, { fontSize: 6, width: 6 }),
      run('March', 70, 100),
      run('Next line', 50, 112),
    ]);
    expect(lines.map((line) => line.text)).toEqual(['11th March', 'Next line']);
  });

  it('collapses runs of whitespace and drops lines with no visible text', () => {
    const lines = rebuildLines([
      run('Date:', 50, 100),
      run('   ', 75, 100),
      run('10 May', 120, 100),
      run('  ', 50, 150),
    ]);
    expect(lines.map((line) => line.text)).toEqual(['Date: 10 May']);
  });

  it('measures the line: left edge, top edge, width, dominant font size and weight', () => {
    const [line] = rebuildLines([
      run('Budget', 72, 100, { fontSize: 18, bold: true, width: 60 }),
      run('2026', 140, 100, { fontSize: 18, bold: true, width: 40 }),
      run('*', 185, 100, { fontSize: 9, width: 4 }),
    ]);
    expect(line).toEqual({ text: 'Budget 2026 *', x: 72, y: 82, width: 117, fontSize: 18, bold: true });
  });
});
