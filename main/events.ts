/** Events main pushes to the renderer (progress of long jobs); each transport forwards them its own way. */
import { EventEmitter } from 'node:events';
import type { AppEvent } from '../shared/domain.ts';

export class AppEvents {
  readonly #emitter = new EventEmitter();

  emit(event: AppEvent): void {
    this.#emitter.emit('event', event);
  }

  subscribe(listener: (event: AppEvent) => void): () => void {
    this.#emitter.on('event', listener);
    return () => this.#emitter.off('event', listener);
  }
}
