/**
 * The views that are not on screen when the app starts: the reader, the recommendations register, meetings
 * (with the pack builder) and notes. Each is its own script, so the first one the window compiles holds
 * only what draws the library; with 10,000 papers, compiling everything up front cost more time than
 * listing them. They are fetched when the app is first idle, so opening one later does not wait.
 */
import { lazy } from 'react';

const loadDocumentView = () => import('./features/document/DocumentView.tsx');
const loadRegisterView = () => import('./features/recommendations/RegisterView.tsx');
const loadMeetingsView = () => import('./features/meetings/MeetingsView.tsx');
const loadNotesView = () => import('./features/notes/NotesView.tsx');

export const DocumentView = lazy(() => loadDocumentView().then((module) => ({ default: module.DocumentView })));
export const RegisterView = lazy(() => loadRegisterView().then((module) => ({ default: module.RegisterView })));
export const MeetingsView = lazy(() => loadMeetingsView().then((module) => ({ default: module.MeetingsView })));
export const NotesView = lazy(() => loadNotesView().then((module) => ({ default: module.NotesView })));

function loadAllViews(): void {
  // A failure here shows, with its reason, when the view itself is opened.
  for (const load of [loadDocumentView, loadRegisterView, loadMeetingsView, loadNotesView]) load().catch(() => undefined);
}

/** Fetches every view's script the next time the app is idle. Returns a function that cancels it if not yet started. */
export function prepareViewsWhenIdle(): () => void {
  if (typeof requestIdleCallback !== 'function') return () => undefined;
  const handle = requestIdleCallback(loadAllViews);
  return () => cancelIdleCallback(handle);
}
