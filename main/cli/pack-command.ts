/**
 * `briefing pack [--db FILE] SPEC.json --out FILE.pdf [--annotated-only]`: builds a pack from a JSON
 * description. Files named in the spec are imported into the library first (a file already there is
 * reused), so the pack is always built from library documents, with their annotations, exactly as the
 * app builds it. --annotated-only writes just the pages members annotated, with their pack numbers.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ANNOTATION_PACK_PARTS, DEFAULT_PACK_OPTIONS, type DocumentRole, type PackOptions } from '../../shared/meetings.ts';
import { packOptions } from '../../shared/ipc/areas/packs.ts';
import { UserError } from '../errors.ts';
import { fileSource } from '../library/file-source.ts';
import { importSources } from '../library/import-service.ts';
import type { Library } from '../library/library.ts';
import { annotatedPageChooser } from '../pack/annotated-pages.ts';
import { annotationExtensions } from '../pack/annotation-extensions.ts';
import { buildPackBytes } from '../pack/build-pack.ts';
import { isoToday } from '../../shared/iso-day.ts';
import { packDocumentFromLibrary } from '../pack/meeting-pack.ts';
import type { PackDocument, PackSpec } from '../pack/pack-spec.ts';
import { selectablePages, selectPages } from '../pack/select-pages.ts';
import { writeAtomically } from '../pack/write-atomically.ts';
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
    // The app's part switches, with the annotation parts as named switches instead of part ids.
    options: packOptions
      .omit({ extraParts: true, renumber: true })
      .extend({ questions: z.boolean(), annotationDigest: z.boolean(), highlights: z.boolean() })
      .partial()
      .strict()
      .default({}),
  })
  .strict();

type SpecFile = z.infer<typeof specFile>;

/** The spec's switches for the annotation parts (named as in ANNOTATION_PACK_PARTS) become PackOptions.extraParts. */
function packOptionsOf({ questions, annotationDigest, highlights, ...parts }: SpecFile['options']): PackOptions {
  const switches: Record<keyof typeof ANNOTATION_PACK_PARTS, boolean | undefined> = { questions, annotationDigest, highlights };
  const extraParts = Object.entries(ANNOTATION_PACK_PARTS).flatMap(([name, id]) =>
    (switches[name as keyof typeof switches] ?? DEFAULT_PACK_OPTIONS.extraParts.includes(id)) ? [id] : [],
  );
  return { ...DEFAULT_PACK_OPTIONS, ...parts, extraParts };
}

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
    options: { ...dbOption, out: { type: 'string' }, 'annotated-only': { type: 'boolean' } },
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
      options: packOptionsOf(spec.options),
      packDate: isoToday(),
      edition: 1,
      previous: null,
    };
    const progress = io.stderrIsTTY ? (stage: string) => io.stderr(`\r\x1b[2KBuilding pack: ${stage}…`) : undefined;
    const extensions = annotationExtensions(library.db);
    const built = await buildPackBytes(packSpec, { extensions, ...(progress ? { onProgress: progress } : {}) });
    if (progress) io.stderr('\n');
    if (!values['annotated-only']) return { bytes: built.bytes, pageCount: built.pages.length };
    const pages = selectablePages(built.pages);
    const chosen = annotatedPageChooser(library.db, pages);
    return { bytes: await selectPages(built.bytes, pages, chosen), pageCount: pages.filter(chosen).length };
  });
  await writeAtomically(outFile, built.bytes);
  io.stdout(`wrote ${outFile}: ${built.pageCount} pages, ${Math.round(built.bytes.byteLength / 1024)} KB\n`);
  return 0;
}
