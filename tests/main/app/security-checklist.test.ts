/**
 * SECURITY.md promises, point by point, how Electron's security checklist is met and which test proves
 * each point. This keeps the page honest: every point names a test that exists, and the points that no
 * other test covers (things the app must never do, packaging fuses, the Electron release) are checked here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/app/security-policy.ts';
import { mainWindowOptions } from '../../../main/app/window-options.ts';

const projectDir = fileURLToPath(new URL('../../../', import.meta.url));
const read = (relative: string): string => readFileSync(path.join(projectDir, relative), 'utf8');

// Electron's checklist has twenty points; SECURITY.md answers each under a "### N." heading.
const CHECKLIST_POINTS = 20;

function checklistSections(markdown: string): Map<number, string> {
  const sections = new Map<number, string>();
  const parts = markdown.split(/^### (\d+)\. /m);
  for (let i = 1; i < parts.length; i += 2) sections.set(Number(parts[i]), (parts[i + 1] ?? '').split(/^## /m)[0] ?? '');
  return sections;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(projectDir, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|tsx|cts|mts)$/.test(name))
    .map((name) => path.join(folder, name));
}

describe('SECURITY.md', () => {
  const sections = checklistSections(read('SECURITY.md'));

  it('answers every point of the checklist, in order', () => {
    expect([...sections.keys()]).toEqual(Array.from({ length: CHECKLIST_POINTS }, (_, i) => i + 1));
  });

  it.each(Array.from({ length: CHECKLIST_POINTS }, (_, i) => i + 1))(
    'point %i names the code that meets it and test files that exist',
    (point) => {
      const text = sections.get(point) ?? '';
      expect(text, `point ${point} says where it is done`).toMatch(/^- Done in: /m);
      const proof = /^- Proved by: (.*)$/m.exec(text)?.[1] ?? '';
      const testFiles = [...proof.matchAll(/`(tests\/[^`]+\.test\.tsx?)`/g)].map((match) => match[1] ?? '');
      expect(testFiles.length, `point ${point} names a test`).toBeGreaterThan(0);
      for (const file of testFiles) expect(existsSync(path.join(projectDir, file)), `${file} exists`).toBe(true);
    },
  );
});

describe('what no other test covers', () => {
  const appCode = [...sourceFiles('main'), ...sourceFiles('renderer')].map((file) => ({ file, text: read(file) }));

  it('never opens links or files with other programs, and never adds Blink features or web views', () => {
    const offending = appCode
      .filter(({ text }) => /openExternal|openPath|enableBlinkFeatures|allowpopups|<webview/i.test(text))
      .map(({ file }) => file);
    expect(offending).toEqual([]);
  });

  it('leaves enableBlinkFeatures out of the window and allows no eval in the policy', () => {
    const prefs = mainWindowOptions('/p.cjs', 'linux').webPreferences ?? {};
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs.nodeIntegration).toBe(false);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
  });

  it('packages with the fuses that stop the binary being used as Node or loading other code', () => {
    const builder = read('electron-builder.yml');
    const fuses = /^electronFuses:\n((?: {2}.*\n)+)/m.exec(builder)?.[1] ?? '';
    expect(fuses).toMatch(/^ {2}runAsNode: false$/m);
    expect(fuses).toMatch(/^ {2}enableNodeOptionsEnvironmentVariable: false$/m);
    expect(fuses).toMatch(/^ {2}enableNodeCliInspectArguments: false$/m);
    expect(fuses).toMatch(/^ {2}onlyLoadAppFromAsar: true$/m);
    expect(fuses).toMatch(/^ {2}grantFileProtocolExtraPrivileges: false$/m);
  });

  it('runs the Electron release the project asks for, not a stale install', () => {
    const wanted = (JSON.parse(read('package.json')) as { devDependencies: Record<string, string> }).devDependencies.electron ?? '';
    const installed = (JSON.parse(read('node_modules/electron/package.json')) as { version: string }).version;
    const major = (version: string): number => Number(/(\d+)\./.exec(version)?.[1]);
    expect(major(installed)).toBe(major(wanted));
    // Electron supports its three newest majors; 45 was current when this was last reviewed.
    expect(major(installed)).toBeGreaterThanOrEqual(45);
  });
});
