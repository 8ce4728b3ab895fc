import { agendaItems } from '../../../main/extract/agenda.ts';
import { documentText } from '../../../main/extract/document-text.ts';
import { pdfDocument } from './make-document.ts';

const itemsOf = (pages: Parameters<typeof pdfDocument>[0]) => agendaItems(documentText(pdfDocument(pages)).lines).map((i) => i.title);

describe('agendaItems', () => {
  it('reads numbered items, joining a wrapped one and leaving out sub-lists', () => {
    expect(
      itemsOf([
        [
          'AGENDA',
          { text: '41. Apologies for absence', skip: 1 },
          { text: '42. Approve the accounts for the year', skip: 1 },
          'ended 31 March',
          { text: '43. Accounts for payment:-', skip: 1 },
          'Village Hall hire',
          { text: '44. Finance - Draft budget', skip: 1 },
          { text: 'Precept', x: 200 },
        ],
      ]),
    ).toEqual(['Apologies for absence', 'Approve the accounts for the year ended 31 March', 'Accounts for payment', 'Finance']);
  });

  it('reads every agenda in the file, each with its own numbering', () => {
    expect(
      itemsOf([
        ['Annual Meeting Agenda', '1. Election of Chair', '2. Minutes'],
        ['Parish Council Agenda', '1. Apologies', '2. Planning'],
      ]),
    ).toEqual(['Election of Chair', 'Minutes', 'Apologies', 'Planning']);
  });

  it('finds nothing without an agenda heading', () => {
    expect(itemsOf([['1. Purpose', '2. Background']])).toEqual([]);
  });
});
