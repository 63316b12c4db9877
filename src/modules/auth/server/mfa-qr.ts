import QRCode from 'qrcode';

/**
 * The enrolment QR code as an inline SVG (no image request, fits the CSP). Error correction M
 * (15 %) is what authenticator apps scan reliably from a screen.
 */
export async function renderQrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
