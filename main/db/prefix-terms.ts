/**
 * What a prefix such as hous* or play* matches. The indexes hold stemmed words, and FTS5 stems a prefix
 * before matching it: hous* became hou* (finding "hours") and play* became plai* (finding "plain" but not
 * "player"). Where stemming would change the prefix, it is replaced by the words it should match: every
 * stem in the searched indexes that starts with it, each written as a word that stems back to it, and the
 * prefix itself as a word (for "play", "plays", "played"). Prefixes that stemming leaves alone stay FTS5
 * prefix queries.
 *
 * Still missed: words whose stem is shorter than the prefix typed (communit* does not find "community",
 * stemmed "commun"). Finding those needs the words as written, which the indexes do not keep.
 */
import type { Db } from './connection.ts';
import { quote, type PrefixQuery } from './fts-query.ts';

/** The full-text indexes a search reads; their stems together are the vocabulary a prefix expands from. */
export type SearchedIndex = 'document_text_fts' | 'documents_fts' | 'annotations_fts' | 'recommendations_fts';

/**
 * Beyond this many stems (a prefix of a letter or two) the FTS5 prefix query is kept, stemmed or not. FTS5
 * reads an OR of plain words about as fast as the prefix query that would gather the same words.
 */
const MAX_STEMS = 1_000;

export function prefixQueries(db: Db, indexes: readonly SearchedIndex[]): PrefixQuery {
  const made = new Map<string, string>();
  return (prefix) => {
    let query = made.get(prefix);
    if (query === undefined) made.set(prefix, (query = prefixQuery(db, indexes, prefix)));
    return query;
  };
}

function prefixQuery(db: Db, indexes: readonly SearchedIndex[], prefix: string): string {
  const folded = prefix.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  const native = `${quote(prefix)}*`;
  if (!/^[\p{L}\p{N}]+$/u.test(folded)) return native;
  prepareTempTables(db, indexes);
  const [stemmed] = stemsOf(db, [folded]);
  if (stemmed === folded) return native;
  const stems = stemsStartingWith(db, indexes, folded);
  if (stems.length > MAX_STEMS) return native;
  return `(${[folded, ...wordsStemmingTo(db, stems)].map(quote).join(' OR ')})`;
}

function prepareTempTables(db: Db, indexes: readonly SearchedIndex[]): void {
  db.exec(`
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.stem_probe USING fts5(word, tokenize = 'porter unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.stem_probe_terms USING fts5vocab(temp, stem_probe, instance);
    ${indexes.map((index) => `CREATE VIRTUAL TABLE IF NOT EXISTS temp.${index}_terms USING fts5vocab(main, ${index}, row);`).join('\n')}
  `);
}

/** Each word's stem, as the indexes' tokenizer makes it ('' for a word it drops). */
function stemsOf(db: Db, words: string[]): string[] {
  const stems = words.map(() => '');
  db.transaction(() => {
    db.exec('DELETE FROM temp.stem_probe');
    const insert = db.prepare('INSERT INTO temp.stem_probe (rowid, word) VALUES (?, ?)');
    words.forEach((word, i) => insert.run(i + 1, word));
    for (const { doc, term } of db.prepare('SELECT doc, term FROM temp.stem_probe_terms').all() as { doc: number; term: string }[]) {
      stems[doc - 1] = term;
    }
  })();
  return stems;
}

/** Indexed stems beginning with the prefix, from each searched index, without repeats (MAX_STEMS + 1 at most). */
function stemsStartingWith(db: Db, indexes: readonly SearchedIndex[], prefix: string): string[] {
  const found = new Set<string>();
  for (const index of indexes) {
    const terms = db
      .prepare(`SELECT term FROM temp.${index}_terms WHERE term >= ? AND term < ? LIMIT ${MAX_STEMS + 1}`)
      .pluck()
      .all(prefix, `${prefix}\u{10FFFF}`) as string[];
    for (const term of terms) found.add(term);
  }
  return [...found].slice(0, MAX_STEMS + 1);
}

/**
 * A word for each stem that the tokenizer stems to it: mostly the stem itself, but a stem such as "hous"
 * (from "house") stems again to "hou", and "house" is what finds it. A stem with neither is left out.
 */
function wordsStemmingTo(db: Db, stems: string[]): string[] {
  const again = stemsOf(db, stems);
  const unstable = stems.filter((stem, i) => again[i] !== stem);
  const withE = stemsOf(db, unstable.map((stem) => `${stem}e`));
  const stableWithE = new Set(unstable.filter((stem, i) => withE[i] === stem));
  return stems.flatMap((stem, i) => (again[i] === stem ? [stem] : stableWithE.has(stem) ? [`${stem}e`] : []));
}
