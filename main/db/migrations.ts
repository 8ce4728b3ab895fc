/**
 * Numbered schema migrations, one file each in main/db/migrations/. The database's PRAGMA
 * user_version is the number of the last one applied. A migration is never edited once shipped:
 * changes come as a new, higher number, added to the end of this list.
 */
import { migration001 } from './migrations/001-library.ts';
import { migration002 } from './migrations/002-search-index.ts';
import { migration003 } from './migrations/003-annotations.ts';
import { migration004 } from './migrations/004-meetings-and-packs.ts';
import { migration005 } from './migrations/005-recommendations-register.ts';
import { migration006 } from './migrations/006-annotation-search.ts';
import { migration007 } from './migrations/007-exempt-papers.ts';
import { migration008 } from './migrations/008-document-text-search.ts';
import { migration009 } from './migrations/009-common-pair-search.ts';

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const migrations: Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009];

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;
