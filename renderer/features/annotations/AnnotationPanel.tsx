import type { Annotation } from '../../../shared/annotations.ts';
import { AnnotationEditor } from './AnnotationEditor.tsx';
import type { AnnotationPatch, SaveState } from './useAnnotations.ts';

interface AnnotationPanelProps {
  annotations: readonly Annotation[];
  selectedId: string | null;
  saveState: SaveState;
  saveError: string | null;
  /** The page in view, for "Note on this page". */
  currentPage: number;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onChange: (id: string, patch: AnnotationPatch, how?: { typing?: boolean }) => void;
  onDelete: (id: string) => void;
  onShow: (annotation: Annotation) => void;
  onAddPageNote: () => void;
  onAddDocumentNote: () => void;
  onExport: (format: 'md' | 'csv') => void;
}

const SAVE_WORDS: Record<SaveState, string> = { saved: 'All changes saved', saving: 'Saving…', failed: 'Not saved yet' };

/** The annotations of the open document in reading order, each editable, with undo, redo and export. */
export function AnnotationPanel(props: AnnotationPanelProps) {
  const { annotations, selectedId, currentPage } = props;
  const orphaned = annotations.filter((a) => a.orphaned);
  const placed = annotations.filter((a) => !a.orphaned);
  const editor = (annotation: Annotation) => (
    <li key={annotation.id}>
      <AnnotationEditor
        annotation={annotation}
        selected={annotation.id === selectedId}
        onChange={(patch, how) => props.onChange(annotation.id, patch, how)}
        onDelete={() => props.onDelete(annotation.id)}
        onShow={() => props.onShow(annotation)}
      />
    </li>
  );
  return (
    <aside className="annotation-panel" aria-labelledby="annotation-panel-heading">
      <h3 id="annotation-panel-heading">Notes and highlights</h3>
      <div className="annotation-panel-tools">
        <button type="button" onClick={props.onAddPageNote}>
          Note on page {currentPage + 1}
        </button>
        <button type="button" onClick={props.onAddDocumentNote}>
          Note on document
        </button>
        <button type="button" onClick={props.onUndo} disabled={!props.canUndo} aria-keyshortcuts="Control+Z">
          Undo
        </button>
        <button type="button" onClick={props.onRedo} disabled={!props.canRedo} aria-keyshortcuts="Control+Shift+Z">
          Redo
        </button>
      </div>
      <p className={`save-state save-${props.saveState}`} role="status">
        {props.saveError ?? SAVE_WORDS[props.saveState]}
      </p>
      {orphaned.length > 0 && (
        <section className="orphaned-annotations" aria-labelledby="orphaned-heading">
          <h4 id="orphaned-heading">Not found in this version ({orphaned.length})</h4>
          <p className="hint">
            The new version no longer contains these passages. Your notes are kept: select the passage again and choose
            “Move here”, or delete them.
          </p>
          <ul className="annotation-list">{orphaned.map(editor)}</ul>
        </section>
      )}
      {placed.length === 0 ? (
        <p className="hint">
          No notes yet. Select text and choose a highlight colour, or add a note on this page or on the whole document.
        </p>
      ) : (
        <ul className="annotation-list">{placed.map(editor)}</ul>
      )}
      <div className="annotation-panel-export">
        <button type="button" onClick={() => props.onExport('md')}>
          Export as Markdown
        </button>
        <button type="button" onClick={() => props.onExport('csv')}>
          Export as CSV
        </button>
      </div>
    </aside>
  );
}
