import { useMemo } from 'react';
import { splitSnippet } from '../lib/highlight.ts';
import { MarkedText } from './MarkedText.tsx';

interface SnippetProps {
  snippet: string;
  /** Says whose words these are when they are not the document's, e.g. "Your note:". */
  label?: string;
}

/** A search snippet with its matches highlighted. */
export function Snippet({ snippet, label }: SnippetProps) {
  const runs = useMemo(() => splitSnippet(snippet), [snippet]);
  return (
    <p className="snippet">
      {label && <strong className="snippet-label">{label} </strong>}
      <MarkedText runs={runs} />
    </p>
  );
}
