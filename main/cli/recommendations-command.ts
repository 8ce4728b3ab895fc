/**
 * `briefing recommendations [--db FILE] [--json | --csv | --pdf FILE] [--status S] [--committee C] [--search Q]`:
 * the recommendations register, filtered as in the app's register view.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { RECOMMENDATION_STATUSES, STATUS_LABELS, type RecommendationStatus } from '../../shared/recommendations.ts';
import { isoToday } from '../../shared/iso-day.ts';
import { isOverdue } from '../../shared/register-query.ts';
import { writeAtomically } from '../pack/write-atomically.ts';
import { exportRegister, selectRegister, type RegisterView } from '../recommendations/register-export.ts';
import { UsageError, type CliIo } from './io.ts';
import { dbOption, withLibrary } from './library-option.ts';

/** Accepts "agreed", "Agreed with amendments" or "agreed-with-amendments"; several separated by commas. */
function parseStatuses(values: string[]): RecommendationStatus[] {
  return values
    .flatMap((value) => value.split(','))
    .map((value) => value.trim().toLowerCase().replaceAll(/\s+/g, '-'))
    .filter(Boolean)
    .map((value) => {
      const status = RECOMMENDATION_STATUSES.find((s) => s === value);
      if (!status) throw new UsageError(`unknown status "${value}"; use one of: ${RECOMMENDATION_STATUSES.join(', ')}`);
      return status;
    });
}

export async function recommendationsCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...dbOption,
      json: { type: 'boolean', default: false },
      csv: { type: 'boolean', default: false },
      pdf: { type: 'string' },
      status: { type: 'string', multiple: true, default: [] },
      committee: { type: 'string' },
      search: { type: 'string' },
    },
  });
  if ([values.json, values.csv, values.pdf !== undefined].filter(Boolean).length > 1) {
    throw new UsageError('choose one of --json, --csv and --pdf');
  }
  const today = isoToday();
  const view: RegisterView = {
    query: values.search ?? '',
    filter: { statuses: parseStatuses(values.status), committee: values.committee ?? null },
  };

  return withLibrary(values.db, io, async (library) => {
    if (values.csv) {
      const file = await exportRegister(library.db, 'csv', view, today);
      io.stdout(new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.data));
      return 0;
    }
    if (values.pdf !== undefined) {
      const target = path.resolve(values.pdf);
      const file = await exportRegister(library.db, 'pdf', view, today);
      await writeAtomically(target, file.data);
      io.stderr(`Wrote ${target}\n`);
      return 0;
    }
    const entries = selectRegister(library.db, view, today);
    if (values.json) {
      io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
      return 0;
    }
    if (entries.length === 0) {
      io.stdout('No recommendations match. Import reports with a "Recommendations" section: briefing import FILE...\n');
      return 0;
    }
    for (const e of entries) {
      const where = [e.documentTitle, e.documentDate, e.pageIndex === null ? null : `p. ${e.pageIndex + 1}`].filter(Boolean).join(', ');
      const follow = [e.owner && `owner ${e.owner}`, e.dueDate && `due ${e.dueDate}${isOverdue(e, today) ? ' (OVERDUE)' : ''}`]
        .filter(Boolean)
        .join(', ');
      io.stdout(`${String(e.id).padStart(5)}  [${STATUS_LABELS[e.status]}] ${e.text}\n       ${where} (no. ${e.number})${follow ? `; ${follow}` : ''}\n`);
    }
    io.stdout(`${entries.length} recommendation${entries.length === 1 ? '' : 's'}\n`);
    return 0;
  });
}
