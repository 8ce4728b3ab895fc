import { importText } from '../../../main/import/text.ts';
import { ImportError } from '../../../main/import/model.ts';

describe('importText', () => {
  it('makes a paragraph of each blank-line separated block, rejoining wrapped lines', () => {
    const doc = importText('Purpose of Report\n\nThe council faces\na budget gap.\n  \n\n\fAppendix A\n');
    expect(doc.format).toBe('text');
    expect(doc.blocks).toEqual([
      { type: 'paragraph', text: 'Purpose of Report' },
      { type: 'paragraph', text: 'The council faces a budget gap.' },
      { type: 'paragraph', text: 'Appendix A' },
    ]);
  });

  it('puts all the text on one page without layout, blocks separated by a blank line', () => {
    const doc = importText('First\n\nSecond line\nwrapped');
    expect(doc.pages).toEqual([{ index: 0, width: 0, height: 0, lines: [], text: 'First\n\nSecond line wrapped' }]);
    expect(doc.properties).toEqual({});
  });

  it('refuses a file with nothing but whitespace', () => {
    expect(() => importText(' \n\t\n ')).toThrow(new ImportError('the file contains no readable text'));
  });
});
