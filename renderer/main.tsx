/**
 * The entry script, kept small on purpose: it asks for the library's first screenful, then loads the
 * interface as a second script. The request is on its way while the browser fetches and compiles the
 * interface, instead of waiting behind it (a single bundle is compiled whole before any of it runs).
 */
import './features/library/requestLibraryAtStart.ts';
import './styles.css';

void import('./boot.tsx');
