import { useEffect, type RefObject } from 'react';
import { isTypingTarget } from '../../lib/keyboard.ts';

/** "/" (when not typing elsewhere) and Ctrl+K or Cmd+K (anywhere) put the cursor in the search box. */
export function useSearchShortcuts(searchInput: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey) return;
      const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.shiftKey;
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isTypingTarget(event.target);
      if (!commandK && !slash) return;
      const input = searchInput.current;
      if (!input) return;
      event.preventDefault();
      input.focus();
      input.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [searchInput]);
}
