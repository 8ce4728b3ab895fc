import type { TextRun } from '../lib/highlight.ts';

/** Renders runs of text, the marked ones as <mark>; text is always set as text, never parsed as HTML. */
export function MarkedText({ runs }: { runs: readonly TextRun[] }) {
  return (
    <>
      {runs.map((run, index) => (run.marked ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>))}
    </>
  );
}
