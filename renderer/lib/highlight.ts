/** Splitting search snippets into plain and marked runs. */
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../shared/domain.ts';

export interface TextRun {
  text: string;
  marked: boolean;
}

function pushRun(runs: TextRun[], text: string, marked: boolean): void {
  if (!text) return;
  const last = runs.at(-1);
  if (last && last.marked === marked) last.text += text;
  else runs.push({ text, marked });
}

/** Reads main's snippet markers. An unmatched marker (a snippet cut mid-match) just ends or starts a run. */
export function splitSnippet(snippet: string): TextRun[] {
  const runs: TextRun[] = [];
  let marked = false;
  let run = '';
  for (const char of snippet) {
    if (char === SNIPPET_MARK_START || char === SNIPPET_MARK_END) {
      pushRun(runs, run, marked);
      run = '';
      marked = char === SNIPPET_MARK_START;
    } else {
      run += char;
    }
  }
  pushRun(runs, run, marked);
  return runs;
}
