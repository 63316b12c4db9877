import { bnv2008 } from './form-2c.bnv-2008.js';
import type { Form2cData, Form2cVariant } from './form-2c.data.js';
import { FONT_SIZE, MM } from './form-2c.blocks.js';
import { normalizeStrings, pdfPrinter, resolveFonts } from '../../../platform/server/pdf/pdf-printer.js';
import { tctw98 } from './form-2c.tctw-98.js';

export { normalizeStrings } from '../../../platform/server/pdf/pdf-printer.js';

/**
 * The personal-history form (Sơ yếu lý lịch, Mẫu 2C — DOMAIN §6) as a PDF, in the paper form's layout:
 * A4, margins per ND 30/2020 (top 20, bottom 20, left 30, right 15 mm), page numbers centred at the
 * top from page 2, the form's header block and 4×6 cm photo box, numbered items with dotted blanks,
 * bordered tables, and the signature blocks. pdfmake 0.3 server API (research/stack-check.md §5).
 */
export interface RenderForm2cOptions {
  variant: Form2cVariant;
}

export async function renderForm2c(data: Form2cData, options: RenderForm2cOptions): Promise<Buffer> {
  const fonts = resolveFonts();
  const printer = pdfPrinter(fonts);
  const doc = normalizeStrings(buildDocument(normalizeStrings(data), options.variant, fonts.family));
  return printer.createPdf(doc).getBuffer();
}

function buildDocument(data: Form2cData, variant: Form2cVariant, font: string): object {
  const name = data.fullName ?? '';
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    // ND 30/2020: left 30, top 20, right 15, bottom 20 mm.
    pageMargins: [30 * MM, 20 * MM, 15 * MM, 20 * MM],
    info: {
      title: `Sơ yếu lý lịch ${name}`.trim().normalize('NFC'),
      subject: variant === 'BNV-2008' ? 'Mẫu 2C-BNV/2008' : 'Mẫu 2C/TCTW-98',
      creator: 'Merit',
      producer: 'Merit',
    },
    // ND 30/2020: page numbers in Arabic numerals, centred at the top, none on the first page.
    header: (currentPage: number) =>
      currentPage > 1 ? { text: String(currentPage), alignment: 'center', fontSize: 13, margin: [0, 10 * MM, 0, 0] } : null,
    defaultStyle: { font, fontSize: FONT_SIZE, lineHeight: 1.1 },
    content: variant === 'BNV-2008' ? bnv2008(data) : tctw98(data),
  };
}
