/**
 * kill -9 at several moments while a pack is built and while a backup is written: the pack file is
 * always either the previous complete pack or a complete new one (never half a PDF), a backup file is
 * either absent or a valid library, and the library itself always passes SQLite's integrity check.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBackupFile } from '../../main/backup/backup.ts';
import { makePdf } from '../helpers/make-pdf.ts';
import { briefing, REPO_ROOT } from './run-briefing.ts';

const KILL_AFTER_MS = [150, 400, 700, 1000, 1400];

function killAfter(args: string[], ms: number): Promise<number | null> {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin', 'briefing.js'), ...args], { stdio: 'ignore' });
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    }),
  );
}

const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

function expectIntact(db: string) {
  const check = new Database(db, { readonly: true });
  expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
  check.close();
}

describe('a crash while building a pack or writing a backup', () => {
  let dir: string;
  let db: string;
  let spec: string;

  beforeAll(async () => {
    // One library for all the kills, built once: importing the papers is the slow part.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-crash-'));
    db = path.join(dir, 'library.sqlite');
    const papers: string[] = [];
    for (let i = 0; i < 8; i++) {
      const file = path.join(dir, `report-${i}.pdf`);
      const pages = Array.from({ length: 30 }, (_, p) => `Report ${i}, page ${p + 1}. ${'The spending gap and the reserves. '.repeat(60)}`);
      fs.writeFileSync(file, await makePdf({ title: `Report ${i}`, pages }));
      papers.push(file);
    }
    spec = path.join(dir, 'spec.json');
    fs.writeFileSync(
      spec,
      JSON.stringify({
        meeting: { organisation: 'Test Borough Council', committee: 'Scrutiny', title: 'Budget', date: '2026-02-04', venue: 'Room 1' },
        items: papers.map((file, i) => ({ title: `Item ${i + 1}`, documents: [file] })),
      }),
    );
    expect(briefing(['import', '--db', db, ...papers]).code).toBe(0);
  }, 120_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('never leaves half a pack', { timeout: 180_000 }, async () => {
    const out = path.join(dir, 'pack.pdf');
    expect(briefing(['pack', '--db', db, spec, '--out', out]).code).toBe(0);
    const complete = pdfPages(out);

    let interrupted = 0;
    for (const ms of KILL_AFTER_MS) {
      const code = await killAfter(['pack', '--db', db, spec, '--out', out], ms);
      if (code === null) interrupted++;
      // Either untouched or wholly replaced: qpdf finds nothing wrong and every page is there.
      execFileSync('qpdf', ['--check', out]);
      expect(pdfPages(out)).toBe(complete);
      expectIntact(db);
    }
    expect(interrupted).toBeGreaterThan(0);
  });

  it('never leaves a backup that looks whole but is not', { timeout: 120_000 }, async () => {
    let interrupted = 0;
    for (const ms of KILL_AFTER_MS) {
      const target = path.join(dir, `backup-${ms}.sqlite`);
      const code = await killAfter(['backup', '--db', db, target], ms);
      if (code === null) interrupted++;
      if (fs.existsSync(target)) expect(() => checkBackupFile(target)).not.toThrow();
      expectIntact(db);
    }
    expect(interrupted).toBeGreaterThan(0);
  });
});
