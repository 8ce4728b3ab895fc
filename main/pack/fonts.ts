/**
 * The DejaVu fonts every generated page and stamp is set in: TrueType, so pdfkit embeds a subset with
 * full Unicode coverage (£ – “ ” ☒ ☐ ■ ✓, accented names). Resolved from the installed package at run
 * time rather than copied into the repository.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const FONTS = {
  sans: path.join(FONT_DIR, 'DejaVuSans.ttf'),
  sansBold: path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'),
  sansItalic: path.join(FONT_DIR, 'DejaVuSans-Oblique.ttf'),
  sansBoldItalic: path.join(FONT_DIR, 'DejaVuSans-BoldOblique.ttf'),
  serif: path.join(FONT_DIR, 'DejaVuSerif.ttf'),
  serifBold: path.join(FONT_DIR, 'DejaVuSerif-Bold.ttf'),
  serifItalic: path.join(FONT_DIR, 'DejaVuSerif-Italic.ttf'),
} as const;

/** Registers every font under its name, so pages say doc.font('sansBold'). */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, file);
}
