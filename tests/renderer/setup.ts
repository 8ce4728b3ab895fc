/**
 * jsdom lays nothing out and has no modal dialogs or scrolling. These stand-ins give components the
 * methods a browser has; tests spy on them where the call itself is the behaviour under test.
 */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setTransport } from '../../renderer/lib/api.ts';

Element.prototype.scrollIntoView = function scrollIntoView() {};

/** Moves the window's scroll position and tells listeners, as a browser would; the virtualised table follows it. */
function scrollWindowTo(top: number): void {
  Object.defineProperty(window, 'scrollY', { value: Math.max(0, top), configurable: true });
  window.dispatchEvent(new Event('scroll'));
}
window.scrollTo = function scrollTo(xOrOptions?: number | ScrollToOptions, y?: number) {
  scrollWindowTo(typeof xOrOptions === 'object' ? (xOrOptions.top ?? window.scrollY) : (y ?? 0));
} as typeof window.scrollTo;

HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
  this.removeAttribute('open');
  this.dispatchEvent(new Event('close'));
};

afterEach(() => {
  cleanup();
  setTransport(null);
  scrollWindowTo(0);
});
