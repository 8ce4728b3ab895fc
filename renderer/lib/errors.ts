import { ApiError } from './api.ts';

/** The sentence to show for a failed call: main's own message when it sent one, a plain fallback otherwise. */
export function userMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something unexpected went wrong. Please try again; if it keeps happening, restart Briefing Desk.';
}
