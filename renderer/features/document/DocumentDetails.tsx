import type { DocumentDetail } from '../../../shared/domain.ts';
import { formatDate, formatDateTime, kindLabel } from '../../lib/format.ts';

/** The document's metadata as a list of labelled values; values the document does not have are left out. */
export function DocumentDetails({ document }: { document: DocumentDetail }) {
  const rows: [label: string, value: string | null][] = [
    ['Kind', kindLabel(document.kind)],
    ['Date', document.date ? formatDate(document.date) : null],
    ['Committee', document.committee],
    ['Organisation', document.organisation],
    ['Author', document.author],
    ['File', document.fileName],
    ['Pages', String(document.pageCount)],
    ['Imported', formatDateTime(document.importedAt)],
  ];
  return (
    <dl className="details">
      {rows.map(([label, value]) =>
        value ? (
          <div key={label} className="detail">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}
