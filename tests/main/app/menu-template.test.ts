import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../../shared/domain.ts';
import { buildMenuTemplate } from '../../../main/app/menu-template.ts';

function build(platform: NodeJS.Platform, isDevelopment = false) {
  const commands: MenuCommand[] = [];
  const template = buildMenuTemplate({ platform, isDevelopment, onCommand: (command) => commands.push(command) });
  return { template, commands };
}

function submenuOf(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label || item.role === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

function click(items: MenuItemConstructorOptions[], label: string): void {
  const item = items.find((i) => i.label === label);
  if (!item?.click) throw new Error(`no ${label} item`);
  (item.click as () => void)();
}

const roles = (items: MenuItemConstructorOptions[]) => items.map((item) => item.role).filter(Boolean);

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    const { template } = build('win32');
    expect(template.map((item) => item.label ?? item.role)).toEqual(['&File', '&Edit', '&View', 'help']);
  });

  it('sends the import commands from the File menu', () => {
    const { template, commands } = build('linux');
    const file = submenuOf(template, '&File');
    click(file, 'Import &Files…');
    click(file, 'Import F&older…');
    expect(commands).toEqual(['import-files', 'import-folder']);
    expect(file.find((i) => i.label === 'Import &Files…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(roles(file)).toEqual(['quit']);
  });

  it('offers the standard editing roles and Find', () => {
    const { template, commands } = build('linux');
    const edit = submenuOf(template, '&Edit');
    expect(roles(edit)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    click(edit, '&Find…');
    expect(commands).toEqual(['find']);
  });

  it('offers reload and DevTools only in development', () => {
    const released = submenuOf(build('linux', false).template, '&View');
    expect(roles(released)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    const development = submenuOf(build('linux', true).template, '&View');
    expect(roles(development)).toEqual(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('has About in Help', () => {
    const help = submenuOf(build('linux').template, 'help');
    expect(help).toEqual([{ role: 'about', label: 'About Briefing Desk' }]);
  });

  it('follows macOS conventions: application and window menus, Quit not in File', () => {
    const { template } = build('darwin');
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(template.map((item) => item.role).filter(Boolean)).toEqual(['appMenu', 'windowMenu', 'help']);
    expect(roles(submenuOf(template, '&File'))).toEqual([]);
  });
});
