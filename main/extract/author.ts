/**
 * Who wrote a report: the report author or contact officer(s) named on the front sheet or in the
 * audit trail; failing that, the clerk who signs or issues the paper; failing that, a named lead
 * officer. Several contact officers (an agenda pack holds several reports) are all kept.
 */
import type { DocLine } from './document-text.ts';
import type { LabelledValue } from './labels.ts';
import { joinNames, personName } from './people.ts';

const JOB_TITLE = /\b(?:clerk|officer|director|manager|head of|chief executive|secretary|proper officer)\b/i;

/** "Olive O’Sullivan" above "Acting Town Clerk", or "Elizabeth Smith (Clerk)", or "the Clerk, Joan Smith". */
function signature(lines: DocLine[]): string | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as DocLine;
    const bracketed = /^(.+?)\s*\((?:[\w ]*clerk|[\w ]*officer)\)/i.exec(line.text);
    if (bracketed) return personName(bracketed[1] ?? '');
    const next = lines[i + 1];
    if (next && JOB_TITLE.test(next.text) && next.text.length <= 60 && next.gap < 2.5 && line.text.length <= 40) {
      const name = personName(line.text);
      if (name && name === line.text.trim()) return name;
    }
  }
  for (const line of lines) {
    const named = /\bthe\s+(?:parish\s+|town\s+)?clerk,\s+([^,]+)/i.exec(line.text);
    if (named) return personName(named[1] ?? '');
  }
  return null;
}

export function reportAuthor(lines: DocLine[], labels: LabelledValue[]): string | null {
  const named = (field: LabelledValue['field']) =>
    labels.filter((l) => l.field === field).map((l) => personName(l.value)).filter((n): n is string => n !== null);
  return (
    joinNames(named('author')) ?? joinNames(named('clerk')) ?? signature(lines) ?? joinNames(named('from'))
  );
}
