import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../main/db/connection.ts';
import { replaceDocumentContent } from '../../../main/db/document-versions.ts';
import { insertDocument } from '../../../main/db/documents.ts';
import { setUserName } from '../../../main/db/settings.ts';
import { addRecommendation, splitRecommendation, updateRecommendation } from '../../../main/recommendations/register-changes.ts';
import { registerEntriesOfDocument } from '../../../main/recommendations/register-repository.ts';
import { newDocument } from '../../helpers/documents.ts';

const recs = (...texts: string[]) => texts.map((text, i) => ({ text, pageIndex: i }));

describe('a new version of a report and its register rows', () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
    setUserName(db, 'Sam Clerk');
  });
  afterEach(() => db.close());

  it('keeps decisions on recommendations printed again, and drops only untouched ones the new version no longer has', () => {
    const id = insertDocument(
      db,
      newDocument({
        title: 'Library opening hours',
        recommendations: recs('That Cabinet keeps every library open on Saturdays.', 'That the gap is met from reserves.', 'That the review reports in June.'),
      }),
    );
    const [saturdays, reserves] = registerEntriesOfDocument(db, id);
    updateRecommendation(db, saturdays!.id, { status: 'agreed', decision: 'Agreed for the summer.', owner: 'Head of Libraries' });
    updateRecommendation(db, reserves!.id, { status: 'deferred' });

    // The new version reprints the first (with a different dash and case), drops the other two, and adds one.
    replaceDocumentContent(
      db,
      id,
      newDocument({
        title: 'Library opening hours',
        bytes: new TextEncoder().encode('version 2'),
        sha256: 'b'.repeat(64),
        recommendations: [
          { text: 'That Cabinet keeps every library open on Saturdays', pageIndex: 3 },
          { text: 'That the council consults users – again.', pageIndex: 4 },
        ],
      }),
    );

    const after = registerEntriesOfDocument(db, id);
    const byText = new Map(after.map((e) => [e.text, e]));
    // Its text follows the new printing (nobody had edited it); everything recorded on it stays.
    expect(byText.get('That Cabinet keeps every library open on Saturdays')).toMatchObject({
      id: saturdays!.id,
      status: 'agreed',
      decision: 'Agreed for the summer.',
      owner: 'Head of Libraries',
      pageIndex: 3,
    });
    // Deferred by a person: kept although the new version no longer prints it.
    expect(byText.get('That the gap is met from reserves.')).toMatchObject({ id: reserves!.id, status: 'deferred' });
    // Never touched and no longer printed: gone.
    expect(byText.has('That the review reports in June.')).toBe(false);
    expect(byText.get('That the council consults users – again.')).toMatchObject({ status: 'proposed', pageIndex: 4 });
  });

  const newVersion = (id: number, title: string, texts: string[]) =>
    replaceDocumentContent(
      db,
      id,
      newDocument({ title, bytes: new TextEncoder().encode(texts.join('|')), sha256: 'c'.repeat(64), recommendations: recs(...texts) }),
    );

  it('keeps split and hand-added rows after the row they followed when the new version prints more', () => {
    const id = insertDocument(db, newDocument({ title: 'Parks', recommendations: recs('That the parks open at dawn.', 'That fees rise.', 'That toilets reopen.') }));
    const [dawn] = registerEntriesOfDocument(db, id);
    splitRecommendation(db, dawn!.id, 'That the parks open at dawn.', 'That they close at dusk.');
    addRecommendation(db, { documentId: id, text: 'That the café is let.', pageIndex: null });

    newVersion(id, 'Parks', ['That a new play area is built.', 'That the parks open at dawn.', 'That fees rise.', 'That toilets reopen.']);

    expect(registerEntriesOfDocument(db, id).map((e) => e.text)).toEqual([
      'That a new play area is built.',
      'That the parks open at dawn.',
      'That they close at dusk.',
      'That fees rise.',
      'That toilets reopen.',
      'That the café is let.',
    ]);
  });

  it('recognises a split recommendation printed in its parts, rather than adding it twice', () => {
    const id = insertDocument(db, newDocument({ title: 'Fees', recommendations: recs('That fees rise and concessions stay.') }));
    const [fees] = registerEntriesOfDocument(db, id);
    const [first, second] = splitRecommendation(db, fees!.id, 'That fees rise.', 'That concessions stay.');

    newVersion(id, 'Fees', ['That fees rise.', 'That concessions stay.']);

    expect(registerEntriesOfDocument(db, id).map((e) => [e.id, e.text])).toEqual([
      [first.id, 'That fees rise.'],
      [second.id, 'That concessions stay.'],
    ]);
  });

  it('lets the printed wording claim its row before a row’s edited wording is tried', () => {
    const id = insertDocument(db, newDocument({ title: 'Fees', recommendations: recs('That fees rise.') }));
    const [fees] = registerEntriesOfDocument(db, id);
    updateRecommendation(db, fees!.id, { text: 'That charges rise.', status: 'agreed' });

    newVersion(id, 'Fees', ['That charges rise.', 'That fees rise.']);

    const rows = registerEntriesOfDocument(db, id);
    expect(rows.find((e) => e.id === fees!.id)).toMatchObject({ text: 'That charges rise.', originalText: 'That fees rise.', status: 'agreed' });
    expect(rows).toHaveLength(2);
  });
});

