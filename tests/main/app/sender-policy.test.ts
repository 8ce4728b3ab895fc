import { isTrustedSender, type InvokeSender } from '../../../main/app/sender-policy.ts';

const WINDOW_ID = 7;
const appTopFrame: InvokeSender = { webContentsId: WINDOW_ID, frameUrl: 'app://briefing/index.html', isTopFrame: true };

describe('isTrustedSender', () => {
  it('accepts the top frame of the app window showing the app', () => {
    expect(isTrustedSender(appTopFrame, WINDOW_ID)).toBe(true);
    expect(isTrustedSender({ ...appTopFrame, frameUrl: 'app://briefing/index.html#/search' }, WINDOW_ID)).toBe(true);
  });

  it('refuses an embedded frame, even of the app', () => {
    expect(isTrustedSender({ ...appTopFrame, isTopFrame: false }, WINDOW_ID)).toBe(false);
  });

  it('refuses other web contents, such as DevTools or a stray window', () => {
    expect(isTrustedSender({ ...appTopFrame, webContentsId: WINDOW_ID + 1 }, WINDOW_ID)).toBe(false);
    expect(isTrustedSender(appTopFrame, null)).toBe(false);
  });

  it('refuses a page that is not the app', () => {
    for (const frameUrl of ['https://example.org/', 'file:///tmp/page.html', 'devtools://devtools/', 'app://other/', 'about:blank']) {
      expect(isTrustedSender({ ...appTopFrame, frameUrl }, WINDOW_ID), frameUrl).toBe(false);
    }
  });

  it('refuses a frame that has gone', () => {
    expect(isTrustedSender({ ...appTopFrame, frameUrl: null }, WINDOW_ID)).toBe(false);
  });
});
