/**
 * Imported first by the entry module, so the library's first screenful is requested before React and the
 * rest of the interface are loaded, not after.
 */
import { preloadLibraryStart } from './libraryPreload.ts';

preloadLibraryStart();
