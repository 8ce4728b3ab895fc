/** The words of the dialogs shown when the app cannot start, written for the person at the keyboard. */
import { PRODUCT_NAME } from '../library/paths.ts';

export interface StartupFailure {
  title: string;
  content: string;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The library refused to open: a database written by a newer version (the library's own message says
 * so in plain words), or a damaged, locked or unreadable file. The path tells support where to look.
 */
export function libraryOpenFailure(dbPath: string, error: unknown): StartupFailure {
  const reason = reasonOf(error);
  return {
    title: `${PRODUCT_NAME} cannot open its library`,
    content: `The library file could not be opened:\n${dbPath}\n\n${reason}\n\n${PRODUCT_NAME} will now close.`,
  };
}

/** The built interface is not where the app expects it: a development checkout that was not built. */
export function interfaceMissing(rendererRoot: string): StartupFailure {
  return {
    title: `${PRODUCT_NAME} cannot show its window`,
    content: `The interface files are missing from:\n${rendererRoot}\n\nBuild them with "npm run build:renderer", then start ${PRODUCT_NAME} again.`,
  };
}

/** Anything else that stopped the start-up; the message is all there is to show. */
export function unexpectedFailure(error: unknown): StartupFailure {
  return { title: `${PRODUCT_NAME} could not start`, content: reasonOf(error) };
}
