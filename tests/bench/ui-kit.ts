/**
 * Shared pieces for the benchmarks that measure the real interface: a large library built quickly by
 * inserting rows directly, the interface built into a temporary folder (never dist/), and the real
 * `briefing serve` driven by Debian's Chromium through the end-to-end harness.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../main/db/connection.ts';
import { insertDocument } from '../../main/db/documents.ts';
import { newDocument } from '../helpers/documents.ts';
import { REPO_ROOT } from './bench-kit.ts';

const COMMITTEES = ['Cabinet', 'Overview and Scrutiny Committee', 'Planning Committee', 'Audit and Governance Committee', 'Licensing Committee'];
const SUBJECTS = ['Budget monitoring', 'Housing strategy', 'Waste collection review', 'Climate emergency plan', 'Parking charges', 'Leisure centre contract', 'Council tax support', 'Treasury management'];
const ORGANISATIONS = ['Gloucester City Council', 'Stroud District Council', 'Cotswold District Council'];

/** A library of `count` short documents with varied metadata: enough to fill the library view. */
export function buildDocumentLibrary(file: string, count: number): void {
  const db = openDatabase(file);
  const insertAll = db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const subject = SUBJECTS[i % SUBJECTS.length] as string;
      insertDocument(
        db,
        newDocument({
          title: `${subject} ${2010 + (i % 16)}: report ${i + 1}`,
          kind: i % 5 === 4 ? 'article' : 'report',
          committee: COMMITTEES[i % COMMITTEES.length] as string,
          organisation: ORGANISATIONS[i % ORGANISATIONS.length] as string,
          date: `${2010 + (i % 16)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
          pages: [`${subject} for the ${COMMITTEES[i % COMMITTEES.length]} meeting, paper ${i + 1}.`],
        }),
      );
    }
  });
  insertAll();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** The interface, built once per run into a temporary folder unless BRIEFING_RENDERER_DIR names a build. */
export function rendererForBench(): string {
  const given = process.env.BRIEFING_RENDERER_DIR;
  if (given && fs.existsSync(path.join(given, 'index.html'))) return given;
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-bench-renderer-'));
  execFileSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  // The serve process the harness starts inherits this, so it serves the build just made.
  process.env.BRIEFING_RENDERER_DIR = outDir;
  return outDir;
}

/** Chromium is optional on a developer's machine; the benchmark then says so and passes. */
export function chromiumMissing(): boolean {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (fs.existsSync(chromium)) return false;
  console.log(`skipped: Chromium not found at ${chromium}`);
  return true;
}
