import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// pdfmake, fonts and access policies for every server-rendered PDF (Mẫu 2C, vote minutes; pdfmake 0.3
// server API, research/stack-check.md §5).

interface PdfMakeServer {
  setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: object): { getBuffer(): Promise<Buffer> };
}

export interface FontSet {
  family: string;
  dir: string;
  files: Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>;
}

const require = createRequire(import.meta.url);
const ROBOTO_DIR = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

/**
 * A Times-like serif with full Vietnamese coverage when the system has one (Debian's DejaVu Serif
 * Condensed; Liberation Serif 2.1 lacks the Vietnamese block), else the Roboto shipped in pdfmake.
 */
const FONT_CANDIDATES: FontSet[] = [
  {
    family: 'DejaVuSerifCondensed',
    dir: '/usr/share/fonts/truetype/dejavu',
    files: {
      normal: 'DejaVuSerifCondensed.ttf',
      bold: 'DejaVuSerifCondensed-Bold.ttf',
      italics: 'DejaVuSerifCondensed-Italic.ttf',
      bolditalics: 'DejaVuSerifCondensed-BoldItalic.ttf',
    },
  },
  {
    family: 'Roboto',
    dir: ROBOTO_DIR,
    files: {
      normal: 'Roboto-Regular.ttf',
      bold: 'Roboto-Medium.ttf',
      italics: 'Roboto-Italic.ttf',
      bolditalics: 'Roboto-MediumItalic.ttf',
    },
  },
];

let resolvedFonts: FontSet | undefined;

export function resolveFonts(): FontSet {
  resolvedFonts ??=
    FONT_CANDIDATES.find((set) => Object.values(set.files).every((file) => existsSync(join(set.dir, file)))) ??
    FONT_CANDIDATES[1]!;
  return resolvedFonts;
}

let printerInstance: PdfMakeServer | undefined;

/**
 * A private pdfmake instance (not the shared module singleton): no URL access, local files only from the
 * font directory. Every Merit PDF uses the same fonts, so one instance serves them all.
 */
export function pdfPrinter(fonts: FontSet): PdfMakeServer {
  if (!printerInstance) {
    const shared = require('pdfmake') as PdfMakeServer;
    const PdfMake = shared.constructor as new () => PdfMakeServer;
    const printer = new PdfMake();
    const files = Object.fromEntries(Object.entries(fonts.files).map(([style, file]) => [style, join(fonts.dir, file)]));
    printer.setFonts({ [fonts.family]: files as FontSet['files'] });
    printer.setUrlAccessPolicy(() => false);
    const allowed = fonts.dir.endsWith('/') ? fonts.dir : `${fonts.dir}/`;
    printer.setLocalAccessPolicy((path) => path.startsWith(allowed) && !path.includes('..'));
    printerInstance = printer;
  }
  return printerInstance;
}

/** NFD text renders as broken glyphs (stack-check §5): every string goes out as NFC. */
export function normalizeStrings<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item: unknown) => normalizeStrings(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normalizeStrings(item)])) as T;
  }
  return value;
}
