import { normalizeStrings, pdfPrinter, resolveFonts } from '../../../platform/server/pdf/pdf-printer.js';
import { buildMinutes } from './build-minutes.js';
import type { MinutesData } from './minutes.data.js';

/** The minutes as a PDF, in the fonts every Merit PDF uses (Vietnamese coverage, NFC text). */
export async function renderMinutes(data: MinutesData): Promise<Buffer> {
  const fonts = resolveFonts();
  const doc = buildMinutes(normalizeStrings(data));
  const definition = { ...normalizeStrings(doc), header: doc.header, defaultStyle: { ...doc.defaultStyle, font: fonts.family } };
  return pdfPrinter(fonts).createPdf(definition).getBuffer();
}
