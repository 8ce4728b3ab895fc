/**
 * A one-page PDF with a line of text in a standard font, read by each parse worker as it starts (see
 * ParsePool.warm): it makes the worker load and compile PDFium and its standard fonts before the first
 * real file arrives. Written out here, cross-reference table included, because it is a few hundred bytes
 * and a file on disk would have to be found again in the packaged app.
 */
const OBJECTS = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 100] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
];
const CONTENT = 'BT /F1 14 Tf 20 50 Td (Briefing Desk) Tj ET';

function buildWarmUpPdf(): Uint8Array {
  const bodies = [...OBJECTS, `<< /Length ${CONTENT.length} >>\nstream\n${CONTENT}\nendstream`];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  bodies.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Every character is ASCII, so string offsets are byte offsets.
  return new TextEncoder().encode(pdf);
}

export const WARM_UP_PDF = buildWarmUpPdf();
