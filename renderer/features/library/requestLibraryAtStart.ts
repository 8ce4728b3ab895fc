/**
 * Imported first by the entry module, so the library list is requested before React and the rest of the
 * interface are evaluated (imports run in order), not after.
 */
import { preloadLibrary } from './libraryPreload.ts';

preloadLibrary();
