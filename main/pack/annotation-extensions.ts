/** The annotation parts and highlights a library contributes to its packs, through the pack extension points. */
import type { Db } from '../db/connection.ts';
import { digestPartSource, questionsPartSource } from './annotation-parts.ts';
import type { PackExtensions } from './extensions.ts';
import { highlightDecorator } from './highlight-decorator.ts';

export function annotationExtensions(db: Db): PackExtensions {
  return { partSources: [questionsPartSource(db), digestPartSource(db)], pageDecorators: [highlightDecorator(db)] };
}
