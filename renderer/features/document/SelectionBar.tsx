import { ANNOTATION_COLOURS, type AnnotationColour } from '../../../shared/annotations.ts';
import { MAX_QUOTE_LENGTH } from '../../../shared/limits.ts';
import { COLOUR_NAMES } from '../annotations/annotationLabels.ts';

interface SelectionBarProps {
  /** The selected passage, shortened for display. */
  quote: string;
  onHighlight: (colour: AnnotationColour, then?: 'note' | 'question') => void;
  /** Set when an orphaned note is selected in the panel: it can be placed on this passage. */
  onMoveOrphanHere: (() => void) | null;
}

/** What can be done with the text the reader has selected. */
export function SelectionBar({ quote, onHighlight, onMoveOrphanHere }: SelectionBarProps) {
  const shown = quote.length > 80 ? `${quote.slice(0, 77)}…` : quote;
  if (quote.length > MAX_QUOTE_LENGTH) {
    return (
      <div className="selection-bar" role="group" aria-label="Selected text">
        <span className="selection-quote">“{shown}”</span>
        <p className="form-error" role="status">
          This passage is too long to highlight: {quote.length.toLocaleString('en-GB')} characters, and a highlight can hold{' '}
          {MAX_QUOTE_LENGTH.toLocaleString('en-GB')}. Select less of it.
        </p>
      </div>
    );
  }
  return (
    <div className="selection-bar" role="group" aria-label="Selected text">
      <span className="selection-quote">“{shown}”</span>
      {ANNOTATION_COLOURS.map((colour) => (
        <button key={colour} type="button" className={`swatch-button colour-${colour}`} onClick={() => onHighlight(colour)}>
          Highlight {COLOUR_NAMES[colour].toLowerCase()}
        </button>
      ))}
      <button type="button" onClick={() => onHighlight('yellow', 'note')}>
        Highlight and add note
      </button>
      <button type="button" onClick={() => onHighlight('pink', 'question')}>
        Ask as question
      </button>
      {onMoveOrphanHere && (
        <button type="button" onClick={onMoveOrphanHere}>
          Move selected note here
        </button>
      )}
    </div>
  );
}
