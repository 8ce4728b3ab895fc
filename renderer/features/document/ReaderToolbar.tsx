import { useRef, useState } from 'react';

export type ReaderView = 'pages' | 'text';

interface ReaderToolbarProps {
  isPdf: boolean;
  view: ReaderView;
  onViewChange: (view: ReaderView) => void;
  zoom: number | 'fit-width';
  /** The zoom in effect, also when fitting the width. */
  shownZoom: number;
  onZoom: (zoom: number | 'fit-width') => void;
  currentPage: number;
  pageCount: number;
  onGoToPage: (pageIndex: number) => void;
  onFind: () => void;
  onBack: () => void;
  onDelete: () => void;
  onReplace: (file: File) => void;
}

const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

function nextZoom(current: number, direction: 1 | -1): number {
  const steps = direction > 0 ? ZOOM_STEPS : [...ZOOM_STEPS].reverse();
  return steps.find((step) => (direction > 0 ? step > current + 0.01 : step < current - 0.01)) ?? current;
}

export function ReaderToolbar(props: ReaderToolbarProps) {
  const { isPdf, view, shownZoom, pageCount } = props;
  const picker = useRef<HTMLInputElement>(null);
  const [pageText, setPageText] = useState('');
  return (
    <div className="document-toolbar reader-toolbar" role="toolbar" aria-label="Reader">
      <button type="button" onClick={props.onBack} aria-keyshortcuts="Escape Alt+ArrowLeft">
        <span aria-hidden="true">← </span>Back
      </button>
      {isPdf && (
        <div className="toolbar-group" role="group" aria-label="View">
          <button type="button" aria-pressed={view === 'pages'} onClick={() => props.onViewChange('pages')}>
            Original pages
          </button>
          <button type="button" aria-pressed={view === 'text'} onClick={() => props.onViewChange('text')}>
            Text only
          </button>
        </div>
      )}
      {isPdf && view === 'pages' && (
        <div className="toolbar-group" role="group" aria-label="Zoom">
          <button type="button" onClick={() => props.onZoom(nextZoom(shownZoom, -1))} aria-label="Zoom out">
            −
          </button>
          <span className="zoom-level" aria-live="polite">
            {Math.round(shownZoom * 100)}%
          </span>
          <button type="button" onClick={() => props.onZoom(nextZoom(shownZoom, 1))} aria-label="Zoom in">
            +
          </button>
          <button type="button" aria-pressed={props.zoom === 'fit-width'} onClick={() => props.onZoom('fit-width')}>
            Fit width
          </button>
        </div>
      )}
      {pageCount > 1 && view === 'pages' && (
        <form
          className="toolbar-group"
          onSubmit={(event) => {
            event.preventDefault();
            const page = Number(pageText);
            if (Number.isInteger(page) && page >= 1 && page <= pageCount) props.onGoToPage(page - 1);
            setPageText('');
          }}
        >
          <label htmlFor="reader-page">Page</label>
          <input
            id="reader-page"
            className="page-input"
            inputMode="numeric"
            placeholder={String(props.currentPage + 1)}
            value={pageText}
            onChange={(event) => setPageText(event.target.value)}
          />
          <span>of {pageCount}</span>
        </form>
      )}
      <button type="button" onClick={props.onFind} aria-keyshortcuts="Control+F">
        Find in document
      </button>
      <span className="toolbar-spacer" />
      <button type="button" onClick={() => picker.current?.click()}>
        Replace with new version…
      </button>
      <input
        ref={picker}
        type="file"
        hidden
        accept=".pdf,.docx,.html,.htm,.md,.markdown,.txt,application/pdf"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) props.onReplace(file);
        }}
      />
      <button type="button" className="button-danger-quiet" onClick={props.onDelete}>
        Delete from library…
      </button>
    </div>
  );
}
