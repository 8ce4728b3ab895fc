import { UserError } from '../../../main/errors.ts';
import { interfaceMissing, libraryOpenFailure, unexpectedFailure } from '../../../main/app/startup-errors.ts';

describe('start-up failure dialogs', () => {
  it('shows the library path and the reason, and says the app will close', () => {
    const failure = libraryOpenFailure(
      '/home/clerk/library.sqlite',
      new UserError('This library was made by a newer version of Briefing Desk (format 9); this version reads up to format 3.'),
    );
    expect(failure.title).toBe('Briefing Desk cannot open its library');
    expect(failure.content).toContain('/home/clerk/library.sqlite');
    expect(failure.content).toContain('made by a newer version of Briefing Desk (format 9)');
    expect(failure.content).toContain('Briefing Desk will now close.');
    expect(failure.content).not.toContain('UserError');
  });

  it('copes with thrown values that are not errors', () => {
    expect(libraryOpenFailure('/x.sqlite', 'disk full').content).toContain('disk full');
    expect(unexpectedFailure(new Error('boom'))).toEqual({ title: 'Briefing Desk could not start', content: 'boom' });
  });

  it('tells a developer how to build a missing interface', () => {
    const failure = interfaceMissing('/work/app/dist/renderer');
    expect(failure.content).toContain('/work/app/dist/renderer');
    expect(failure.content).toContain('npm run build:renderer');
  });
});
