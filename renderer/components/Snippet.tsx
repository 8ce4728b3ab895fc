import { useMemo } from 'react';
import { splitSnippet } from '../lib/highlight.ts';
import { MarkedText } from './MarkedText.tsx';

/** A search snippet with its matches highlighted. */
export function Snippet({ snippet }: { snippet: string }) {
  const runs = useMemo(() => splitSnippet(snippet), [snippet]);
  return (
    <p className="snippet">
      <MarkedText runs={runs} />
    </p>
  );
}
