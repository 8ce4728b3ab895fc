/**
 * `briefing pack [--db FILE] SPEC.json --out FILE.pdf`: builds a pack from a JSON description. Files
 * named in the spec are imported into the library first (a file already there is reused), so the pack
 * is always built from library documents, exactly as the app builds it.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEFAULT_PACK_OPTIONS, type DocumentRole } from '../../shared/meetings.ts';
import { UserError } from '../errors.ts';
import { fileSource } from '../library/file-source.ts';
import { importSources } from '../library/import-service.ts';
import type { Library } from '../library/library.ts';
import { buildPack } from '../pack/build-pack.ts';
import { packDocumentFromLibrary, today } from '../pack/meeting-pack.ts';
import type { PackDocument, PackSpec } from '../pack/pack-spec.ts';
import { UsageError, type CliIo } from './io.ts';
import { dbOption, withLibrary } from './library-option.ts';

const documentRef = z.union([z.string().min(1), z.number().int().positive()]);

const specFile = z
  .object({
    meeting: z
      .object({
        organisation: z.string().min(1),
        committee: z.string().min(1),
        title: z.string().min(1),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2})?$/, 'use YYYY-MM-DD or YYYY-MM-DDTHH:MM'),
        venue: z.string().default(''),
      })
      .strict(),
    items: z
      .array(
        z
          .object({
            number: z.string().optional(),
            title: z.string().min(1),
            officer: z.string().default(''),
            note: z.string().default(''),
            documents: z.array(documentRef).default([]),
            articles: z.array(documentRef).default([]),
          })
          .strict(),
      )
      .min(1),
    options: z
      .object({
        cover: z.boolean(),
        contents: z.boolean(),
        agenda: z.boolean(),
        notes: z.boolean(),
        reports: z.boolean(),
        articles: z.boolean(),
        recommendations: z.boolean(),
      })
      .partial()
      .strict()
      .default({}),
  })
  .strict();

type SpecFile = z.infer<typeof specFile>;

async function readSpec(file: string): Promise<SpecFile> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : (error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = specFile.safeParse(json);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'spec'}: ${i.message}`).join('; ');
    throw new UserError(`${file} is not a pack spec: ${detail}`);
  }
  return parsed.data;
}

/** Imports every path named in the spec (relative to the spec's folder) and maps each to its document id. */
async function importPaths(library: Library, spec: SpecFile, specDir: string): Promise<Map<string, number>> {
  const paths = [...new Set(spec.items.flatMap((i) => [...i.documents, ...i.articles]).filter((r): r is string => typeof r === 'string'))];
  const resolved = paths.map((p) => path.resolve(specDir, p));
  const outcomes = await importSources(library.db, library.parser(), resolved.map(fileSource));
  const ids = new Map<string, number>();
  outcomes.forEach((outcome, i) => {
    if (outcome.status === 'failed') throw new UserError(`${resolved[i]}: ${outcome.error}`);
    ids.set(paths[i]!, outcome.documentId!);
  });
  return ids;
}

export async function packCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { ...dbOption, out: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError('pack needs exactly one SPEC.json');
  if (!values.out) throw new UsageError('pack needs --out FILE.pdf');
  const specPath = path.resolve(positionals[0]!);
  const outFile = path.resolve(values.out);
  const spec = await readSpec(specPath);

  const built = await withLibrary(values.db, io, async (library) => {
    const ids = await importPaths(library, spec, path.dirname(specPath));
    const load = (ref: string | number, role: DocumentRole): PackDocument =>
      packDocumentFromLibrary(library.db, typeof ref === 'number' ? ref : ids.get(ref)!, role);
    const packSpec: PackSpec = {
      meeting: { ...spec.meeting, startsAt: spec.meeting.date },
      items: spec.items.map((item, i) => ({
        key: String(i + 1),
        agendaItemId: null,
        number: item.number ?? String(i + 1),
        title: item.title,
        officer: item.officer,
        note: item.note,
        documents: [...item.documents.map((r) => load(r, 'report')), ...item.articles.map((r) => load(r, 'article'))],
      })),
      otherDocuments: [],
      options: { ...DEFAULT_PACK_OPTIONS, ...spec.options },
      packDate: today(),
      edition: 1,
      previous: null,
    };
    const progress = io.stderrIsTTY ? (stage: string) => io.stderr(`\r\x1b[2KBuilding pack: ${stage}…`) : undefined;
    const result = await buildPack(packSpec, outFile, progress ? { onProgress: progress } : {});
    if (progress) io.stderr('\n');
    return result;
  });
  io.stdout(`wrote ${outFile}: ${built.pages.length} pages, ${Math.round(built.byteSize / 1024)} KB\n`);
  return 0;
}
