import { useEffect, useLayoutEffect, useRef } from 'react';
import { isTypingTarget } from '../../lib/keyboard.ts';

/**
 * Escape or Alt+Left goes back, as in a browser. Not while typing in a field (where Alt+Left moves by word
 * on a Mac), not when something else has already handled the key, and not while `enabled` is false
 * (a dialog is open and Escape belongs to it).
 */
export function useBackShortcuts(onBack: () => void, enabled: boolean): void {
  const back = useRef(onBack);
  useLayoutEffect(() => {
    back.current = onBack;
  });

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      const escape = event.key === 'Escape' && !event.altKey && !event.ctrlKey && !event.metaKey;
      const altLeft = event.key === 'ArrowLeft' && event.altKey && !event.ctrlKey && !event.metaKey;
      if (!escape && !altLeft) return;
      event.preventDefault();
      back.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
