import { useEffect, useLayoutEffect, useRef } from 'react';
import type { MenuCommand } from '../../shared/domain.ts';
import { onEvent } from './api.ts';

/** Carries out commands chosen in the desktop app's menu (main sends them as events). */
export function useMenuCommands(handlers: Record<MenuCommand, () => void>): void {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });

  useEffect(
    () =>
      onEvent((event) => {
        if (event.type === 'menu') latest.current[event.command]();
      }),
    [],
  );
}
