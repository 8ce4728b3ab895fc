/**
 * Exempt papers: reports or appendices taken in the private part of a meeting (Part 2, exempt under
 * Schedule 12A of the Local Government Act 1972). The flag lets packs mark every page of such a paper and
 * keeps members' notes on it out of exports unless they ask for them.
 */
import type { Migration } from '../migrations.ts';

export const migration007: Migration = {
  version: 7,
  description: 'documents can be marked exempt (Part 2, not for publication)',
  sql: `
    ALTER TABLE documents ADD COLUMN exempt INTEGER NOT NULL DEFAULT 0 CHECK (exempt IN (0, 1));
  `,
};
