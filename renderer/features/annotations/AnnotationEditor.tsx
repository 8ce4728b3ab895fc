import { useId, useState } from 'react';
import { ANNOTATION_COLOURS, type Annotation } from '../../../shared/annotations.ts';
import { MAX_NOTE_LENGTH } from '../../../shared/limits.ts';
import { COLOUR_NAMES, parseTags, quoteOf, saveableTags, tagProblem, whereLabel } from './annotationLabels.ts';
import type { AnnotationPatch } from './useAnnotations.ts';

interface AnnotationEditorProps {
  annotation: Annotation;
  selected: boolean;
  onChange: (patch: AnnotationPatch, how?: { typing?: boolean }) => void;
  onDelete: () => void;
  /** Shows the passage or page in the reader. */
  onShow: () => void;
}

/** One annotation, editable in place: colour, note, question flag, tags. Every change is saved as it is made. */
export function AnnotationEditor({ annotation, selected, onChange, onDelete, onShow }: AnnotationEditorProps) {
  const id = useId();
  const quote = quoteOf(annotation);
  // Tags are edited as text and applied as they are typed; the text keeps a trailing comma the user is typing.
  const [tagText, setTagText] = useState(annotation.tags.join(', '));
  const typedTags = parseTags(tagText);
  // Tags that cannot be saved stay as typed, with the reason, until they are put right.
  const problem = tagProblem(typedTags);
  const shownTags = problem || typedTags.join('\u0000') === annotation.tags.join('\u0000') ? tagText : annotation.tags.join(', ');
  const label = `${whereLabel(annotation)}${annotation.isQuestion ? ', question' : ''}`;

  return (
    <article
      className={`annotation-card colour-${annotation.colour}${selected ? ' is-selected' : ''}`}
      aria-label={label}
      data-annotation-id={annotation.id}
    >
      <header className="annotation-card-header">
        <button type="button" className="link-button" onClick={onShow}>
          {whereLabel(annotation)}
        </button>
        {annotation.isQuestion && <span className="badge badge-question">Question</span>}
        {annotation.orphaned && <span className="badge badge-orphaned">Not found in this version</span>}
      </header>
      {quote && <blockquote className="annotation-quote">{quote}</blockquote>}
      {annotation.target.type === 'text' && (
        <fieldset className="colour-choice">
          <legend>Colour</legend>
          {ANNOTATION_COLOURS.map((colour) => (
            <label key={colour} className={`colour-swatch colour-${colour}`}>
              <input
                type="radio"
                name={`${id}-colour`}
                value={colour}
                checked={annotation.colour === colour}
                onChange={() => onChange({ colour })}
              />
              <span>{COLOUR_NAMES[colour]}</span>
            </label>
          ))}
        </fieldset>
      )}
      <label htmlFor={`${id}-note`}>Note</label>
      <textarea
        id={`${id}-note`}
        value={annotation.note}
        rows={3}
        maxLength={MAX_NOTE_LENGTH}
        aria-describedby={annotation.note.length >= MAX_NOTE_LENGTH ? `${id}-note-full` : undefined}
        onChange={(event) => onChange({ note: event.target.value }, { typing: true })}
      />
      {annotation.note.length >= MAX_NOTE_LENGTH && (
        // The field stops taking text at the limit, a paste included; say so rather than cut it silently.
        <p id={`${id}-note-full`} className="form-error" role="status">
          A note can hold {MAX_NOTE_LENGTH.toLocaleString('en-GB')} characters, and this one is full: anything beyond that was not kept.
        </p>
      )}
      <label className="checkbox-label">
        <input type="checkbox" checked={annotation.isQuestion} onChange={(event) => onChange({ isQuestion: event.target.checked })} />
        Question to ask at the meeting
      </label>
      <label htmlFor={`${id}-tags`}>Tags, separated by commas</label>
      <input
        id={`${id}-tags`}
        type="text"
        value={shownTags}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-tags-problem` : undefined}
        onChange={(event) => {
          setTagText(event.target.value);
          // What can be saved is saved, so a tag typed past the limit is not kept cut short at it.
          const tags = saveableTags(parseTags(event.target.value));
          if (tags.join('\u0000') !== annotation.tags.join('\u0000')) onChange({ tags }, { typing: true });
        }}
      />
      {problem && (
        <p id={`${id}-tags-problem`} className="form-error" role="status">
          {problem}
        </p>
      )}
      <div className="annotation-card-actions">
        <button type="button" className="button-danger-quiet" onClick={onDelete}>
          Delete
        </button>
      </div>
    </article>
  );
}
