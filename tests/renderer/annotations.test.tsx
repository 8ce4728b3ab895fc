import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import type { Annotation } from '../../shared/annotations.ts';
import { AnnotationEditor } from '../../renderer/features/annotations/AnnotationEditor.tsx';
import { AnnotationPanel } from '../../renderer/features/annotations/AnnotationPanel.tsx';
import { SAVE_DELAY_MS, useAnnotations } from '../../renderer/features/annotations/useAnnotations.ts';
import { SelectionBar } from '../../renderer/features/document/SelectionBar.tsx';
import { HandlerFailure, installFakeBackend } from './fakeBackend.ts';

const base: Omit<Annotation, 'id' | 'target'> = {
  documentId: 3,
  colour: 'yellow',
  note: '',
  isQuestion: false,
  tags: [],
  orphaned: false,
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
};
const highlight: Annotation = {
  ...base,
  id: 'aaaaaaaa',
  target: {
    type: 'text',
    anchor: { quote: { exact: 'The spending gap', prefix: '', suffix: '' }, start: 40, end: 56, pageIndex: 1, rects: [] },
  },
  note: 'Ask about it',
};
const orphan: Annotation = { ...highlight, id: 'bbbbbbbb', orphaned: true, note: 'Lost passage' };
const pageNote: Annotation = { ...base, id: 'cccccccc', target: { type: 'page', pageIndex: 0 }, note: 'Page one' };

function panelProps(overrides: Partial<Parameters<typeof AnnotationPanel>[0]> = {}) {
  return {
    annotations: [pageNote, highlight, orphan],
    selectedId: null,
    saveState: 'saved' as const,
    saveError: null,
    currentPage: 4,
    canUndo: true,
    canRedo: false,
    onUndo: vi.fn(),
    onRedo: vi.fn(),
    onChange: vi.fn(),
    onDelete: vi.fn(),
    onShow: vi.fn(),
    onAddPageNote: vi.fn(),
    onAddDocumentNote: vi.fn(),
    onExport: vi.fn(),
    ...overrides,
  };
}

describe('annotation panel', () => {
  it('lists notes in order, keeps orphaned ones apart with their text and note, and offers the actions', async () => {
    const props = panelProps();
    render(<AnnotationPanel {...props} />);
    const panel = screen.getByRole('complementary', { name: 'Notes and highlights' });
    const orphaned = within(panel).getByRole('region', { name: /Not found in this version/ });
    expect(within(orphaned).getByText('The spending gap')).toBeTruthy();
    expect((within(orphaned).getByLabelText('Note') as HTMLTextAreaElement).value).toBe('Lost passage');
    const cards = within(panel).getAllByRole('article');
    expect(cards.map((c) => c.getAttribute('aria-label'))).toEqual(['Page 2', 'Note on page 1', 'Page 2']);

    await userEvent.click(screen.getByRole('button', { name: 'Note on page 5' }));
    expect(props.onAddPageNote).toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(props.onUndo).toHaveBeenCalled();
    expect((screen.getByRole('button', { name: 'Redo' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Export as CSV' }));
    expect(props.onExport).toHaveBeenCalledWith('csv');
    expect(screen.getByRole('status').textContent).toBe('All changes saved');
  });
});

describe('annotation editor', () => {
  it('edits colour, note (as typing), question and tags, and deletes', async () => {
    const onChange = vi.fn();
    const onDelete = vi.fn();
    function Harness() {
      const [annotation, setAnnotation] = useState(highlight);
      return (
        <AnnotationEditor
          annotation={annotation}
          selected={false}
          onChange={(patch, how) => {
            onChange(patch, how);
            setAnnotation((a) => ({ ...a, ...patch }));
          }}
          onDelete={onDelete}
          onShow={() => undefined}
        />
      );
    }
    render(<Harness />);
    await userEvent.click(screen.getByRole('radio', { name: 'Blue' }));
    expect(onChange).toHaveBeenLastCalledWith({ colour: 'blue' }, undefined);
    await userEvent.type(screen.getByLabelText('Note'), '!');
    expect(onChange).toHaveBeenLastCalledWith({ note: 'Ask about it!' }, { typing: true });
    await userEvent.click(screen.getByLabelText('Question to ask at the meeting'));
    expect(onChange).toHaveBeenLastCalledWith({ isQuestion: true }, undefined);
    await userEvent.type(screen.getByLabelText('Tags, separated by commas'), 'finance, libraries,');
    expect(onChange).toHaveBeenLastCalledWith({ tags: ['finance', 'libraries'] }, { typing: true });
    expect((screen.getByLabelText('Tags, separated by commas') as HTMLInputElement).value).toBe('finance, libraries,');
    expect(screen.getByRole('article').getAttribute('aria-label')).toBe('Page 2, question');
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onDelete).toHaveBeenCalled();
  });

  it('saves the tags it can, keeps the rest as typed with the reason, and saves them once they are put right', () => {
    const onChange = vi.fn();
    render(<AnnotationEditor annotation={highlight} selected={false} onChange={onChange} onDelete={() => undefined} onShow={() => undefined} />);
    const input = screen.getByLabelText('Tags, separated by commas') as HTMLInputElement;
    const long = 'x'.repeat(61);

    // Typed past the limit, the long tag is not saved cut short; the other tag is.
    fireEvent.change(input, { target: { value: `finance, ${long}` } });
    expect(onChange).toHaveBeenLastCalledWith({ tags: ['finance'] }, { typing: true });
    expect(screen.getByRole('status').textContent).toBe(`A tag can be at most 60 characters; “${'x'.repeat(20)}…” has 61.`);
    expect(input.value).toBe(`finance, ${long}`);
    expect(input.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(input, { target: { value: 'finance, libraries' } });
    expect(onChange).toHaveBeenLastCalledWith({ tags: ['finance', 'libraries'] }, { typing: true });
    expect(screen.queryByRole('status')).toBeNull();

    const many = Array.from({ length: 31 }, (_, i) => `tag${i}`);
    fireEvent.change(input, { target: { value: many.join(',') } });
    expect(screen.getByRole('status').textContent).toBe('A note can have at most 30 tags; this has 31.');
    expect(onChange).toHaveBeenLastCalledWith({ tags: many.slice(0, 30) }, { typing: true });

    // A pasted tab is a space: the library refuses control characters in tags.
    fireEvent.change(input, { target: { value: 'budget\tcuts' } });
    expect(onChange).toHaveBeenLastCalledWith({ tags: ['budget cuts'] }, { typing: true });
  });

  it('says when a note is full, since the field stops taking text at the limit', () => {
    const { rerender } = render(
      <AnnotationEditor annotation={highlight} selected={false} onChange={() => undefined} onDelete={() => undefined} onShow={() => undefined} />,
    );
    expect(screen.queryByRole('status')).toBeNull();
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).maxLength).toBe(50_000);
    rerender(
      <AnnotationEditor
        annotation={{ ...highlight, note: 'x'.repeat(50_000) }}
        selected={false}
        onChange={() => undefined}
        onDelete={() => undefined}
        onShow={() => undefined}
      />,
    );
    expect(screen.getByRole('status').textContent).toContain('A note can hold 50,000 characters, and this one is full');
  });

  it('refuses to highlight a passage longer than a highlight can hold, and says so', () => {
    const onHighlight = vi.fn();
    const { rerender } = render(<SelectionBar quote={'word '.repeat(4_001).trim()} onHighlight={onHighlight} onMoveOrphanHere={null} />);
    expect(screen.getByRole('status').textContent).toContain('too long to highlight: 20,004 characters, and a highlight can hold 20,000');
    expect(screen.queryByRole('button', { name: /Highlight/ })).toBeNull();
    rerender(<SelectionBar quote="The spending gap" onHighlight={onHighlight} onMoveOrphanHere={null} />);
    expect(screen.queryByRole('status')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Highlight yellow' }));
    expect(onHighlight).toHaveBeenCalledWith('yellow');
  });
});

describe('saving annotations as the reader works', () => {
  function Store() {
    const store = useAnnotations(3);
    const [settled, setSettled] = useState(false);
    return (
      <div>
        <button type="button" onClick={() => store.create({ target: { type: 'document' } })}>
          add
        </button>
        {store.annotations.map((a) => (
          <div key={a.id}>
            <textarea aria-label={`note ${a.id}`} value={a.note} onChange={(e) => store.update(a.id, { note: e.target.value }, { typing: true })} />
            <button type="button" onClick={() => store.remove(a.id)}>
              remove
            </button>
          </div>
        ))}
        <button type="button" onClick={store.undo} disabled={!store.canUndo}>
          undo
        </button>
        <button type="button" onClick={() => void store.settle().then(() => setSettled(true))}>
          settle
        </button>
        {settled && <span>settled</span>}
        <span>{store.saveState}</span>
      </div>
    );
  }

  beforeEach(() => window.localStorage.clear());

  it('saves once after a pause in typing, undoes a delete by recreating the same note, and journals unsaved edits', async () => {
    const saved = new Map<string, Annotation>();
    const backend = installFakeBackend({
      'annotations:list': () => [],
      'annotations:save': (a) => {
        saved.set(a.id, a as Annotation);
        return a as Annotation;
      },
      'annotations:delete': ({ id }) => ({ deleted: saved.delete(id) }),
    });
    render(<Store />);
    await userEvent.click(screen.getByRole('button', { name: 'add' }));
    const note = screen.getByRole('textbox');
    await userEvent.type(note, 'Ask');
    // Not yet saved, but already in the journal in case the window dies now.
    expect(window.localStorage.getItem('briefing-pending-annotations')).toContain('"note":"Ask"');
    await waitFor(() => expect(screen.getByText('saved')).toBeTruthy(), { timeout: SAVE_DELAY_MS * 4 });
    const saves = backend.callsTo('annotations:save');
    expect(saves.length).toBe(1);
    expect(saves[0]?.note).toBe('Ask');
    expect(window.localStorage.getItem('briefing-pending-annotations')).toBeNull();

    const id = saves[0]?.id as string;
    await userEvent.click(screen.getByRole('button', { name: 'remove' }));
    await waitFor(() => expect(saved.size).toBe(0), { timeout: SAVE_DELAY_MS * 4 });
    await userEvent.click(screen.getByRole('button', { name: 'undo' }));
    await waitFor(() => expect(saved.get(id)?.note).toBe('Ask'), { timeout: SAVE_DELAY_MS * 4 });
  });

  it('saves at once when the window is being closed', async () => {
    const backend = installFakeBackend({ 'annotations:list': () => [], 'annotations:save': (a) => a as Annotation });
    render(<Store />);
    await userEvent.click(screen.getByRole('button', { name: 'add' }));
    act(() => {
      fireEvent(window, new Event('pagehide'));
    });
    // Well before the debounce would have fired.
    await waitFor(() => expect(backend.callsTo('annotations:save')).toHaveLength(1), { timeout: SAVE_DELAY_MS / 5 });
  });

  it('sends waiting edits at once when asked to settle, and settles only once the library has answered', async () => {
    let answer: () => void = () => undefined;
    const backend = installFakeBackend({
      'annotations:list': () => [],
      'annotations:save': (a) => new Promise((resolve) => (answer = () => resolve(a as Annotation))),
    });
    render(<Store />);
    await userEvent.click(screen.getByRole('button', { name: 'add' }));
    await userEvent.click(screen.getByRole('button', { name: 'settle' }));
    // Well before the pause in typing would have sent it.
    await waitFor(() => expect(backend.callsTo('annotations:save')).toHaveLength(1), { timeout: SAVE_DELAY_MS / 5 });
    expect(screen.queryByText('settled')).toBeNull();
    act(() => answer());
    expect(await screen.findByText('settled')).toBeTruthy();
  });

  it('keeps saying a save failed while that note is unsaved, even after another note saves', async () => {
    let first: string | null = null;
    installFakeBackend({
      'annotations:list': () => [],
      'annotations:save': (a) => {
        first ??= a.id;
        if (a.id === first) throw new HandlerFailure('the disk is full');
        return a as Annotation;
      },
    });
    render(<Store />);
    await userEvent.click(screen.getByRole('button', { name: 'add' }));
    act(() => {
      fireEvent(window, new Event('pagehide'));
    });
    expect(await screen.findByText('failed')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'add' }));
    act(() => {
      fireEvent(window, new Event('pagehide'));
    });
    // The second note saved; the first still has not, so the state must not read "saved".
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(screen.queryByText('saved')).toBeNull();
    expect(screen.getByText('failed')).toBeTruthy();
  });

  it('replays edits a crash left in the journal when the document opens again', async () => {
    const lost: Annotation = { ...pageNote, note: 'typed just before the crash' };
    window.localStorage.setItem('briefing-pending-annotations', JSON.stringify({ [lost.id]: { kind: 'save', annotation: lost } }));
    const backend = installFakeBackend({ 'annotations:list': () => [], 'annotations:save': (a) => a as Annotation });
    render(<Store />);
    expect(((await screen.findByRole('textbox')) as HTMLTextAreaElement).value).toBe('typed just before the crash');
    await waitFor(() => expect(backend.callsTo('annotations:save')[0]?.note).toBe('typed just before the crash'), {
      timeout: SAVE_DELAY_MS * 4,
    });
  });
});
