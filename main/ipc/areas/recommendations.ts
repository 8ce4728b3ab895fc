/** Handlers for the recommendations register. */
import { NotFoundError } from '../../errors.ts';
import { addRecommendation, mergeRecommendations, splitRecommendation, updateRecommendation } from '../../recommendations/register-changes.ts';
import { exportRegister } from '../../recommendations/register-export.ts';
import { getRegisterEntry, listRegister, recommendationHistory } from '../../recommendations/register-repository.ts';
import { lastUndoableChange, undoLastChange } from '../../recommendations/undo.ts';
import type { HandlerContext, HandlersFor } from '../dispatch.ts';

export function recommendationsHandlers({ library }: HandlerContext): HandlersFor<'recommendations:'> {
  const { db } = library;
  return {
    'recommendations:list': ({ query }) => listRegister(db, query),
    'recommendations:history': ({ id }) => {
      if (!getRegisterEntry(db, id)) throw new NotFoundError(`Recommendation ${id} is not in the register.`);
      return recommendationHistory(db, id);
    },
    'recommendations:update': ({ id, changes }) => updateRecommendation(db, id, changes),
    'recommendations:add': (input) => addRecommendation(db, input),
    'recommendations:split': ({ id, firstText, secondText }) => splitRecommendation(db, id, firstText, secondText),
    'recommendations:merge': ({ ids, text }) => mergeRecommendations(db, ids, text),
    'recommendations:lastChange': () => {
      const change = lastUndoableChange(db);
      return change ? { description: change.description } : null;
    },
    'recommendations:undo': () => undoLastChange(db),
    'recommendations:export': ({ format, query, filter, sort, today }) => exportRegister(db, format, { query, filter, sort }, today),
  };
}
