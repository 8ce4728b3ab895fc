/** Handlers for the user's settings. */
import { getSettings, setUserName } from '../../db/settings.ts';
import type { HandlerContext, HandlersFor } from '../dispatch.ts';

export function settingsHandlers({ library }: HandlerContext): HandlersFor<'settings:'> {
  return {
    'settings:get': () => getSettings(library.db),
    'settings:set': ({ userName }) => setUserName(library.db, userName),
  };
}
