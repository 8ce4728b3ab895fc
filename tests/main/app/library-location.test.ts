import path from 'node:path';
import { chooseLibraryPath } from '../../../main/app/library-location.ts';

describe('chooseLibraryPath', () => {
  const userData = path.resolve('/home/clerk/.config/Briefing Desk');

  it('uses library.sqlite in the user-data folder by default', () => {
    expect(chooseLibraryPath({}, userData)).toBe(path.join(userData, 'library.sqlite'));
    expect(chooseLibraryPath({ BRIEFING_DB: '' }, userData)).toBe(path.join(userData, 'library.sqlite'));
  });

  it('honours BRIEFING_DB, resolved to an absolute path', () => {
    expect(chooseLibraryPath({ BRIEFING_DB: '/srv/papers/library.sqlite' }, userData)).toBe(
      path.resolve('/srv/papers/library.sqlite'),
    );
    expect(chooseLibraryPath({ BRIEFING_DB: 'test.sqlite' }, userData)).toBe(path.resolve('test.sqlite'));
  });
});
