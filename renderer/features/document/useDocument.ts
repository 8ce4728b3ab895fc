import { useEffect, useState } from 'react';
import type { DocumentDetail } from '../../../shared/domain.ts';
import { call } from '../../lib/api.ts';
import { userMessage } from '../../lib/errors.ts';

export type DocumentLoad =
  | { status: 'loading' }
  | { status: 'loaded'; document: DocumentDetail }
  | { status: 'failed'; message: string };

type Answer = { id: number } & ({ document: DocumentDetail } | { message: string });

/** One document with its text, loaded from the library; a change of id (or revision, after a replace) loads it again. */
export function useDocument(id: number, revision = 0): DocumentLoad {
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    let current = true;
    call('library:get', { id }).then(
      (document) => {
        if (current) setAnswer({ id, document });
      },
      (error: unknown) => {
        if (current) setAnswer({ id, message: userMessage(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [id, revision]);

  if (!answer || answer.id !== id) return { status: 'loading' };
  if ('message' in answer) return { status: 'failed', message: answer.message };
  return { status: 'loaded', document: answer.document };
}
