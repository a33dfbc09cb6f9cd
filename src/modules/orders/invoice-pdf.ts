import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { InvoiceModel } from './invoice-model';

// Noto Sans JP (SIL Open Font License) from the npm registry; pdfkit embeds only the glyphs used.
const FONT_PATH = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf');
let font: Buffer | null = null;
const fontData = () => (font ??= readFileSync(FONT_PATH));

/** The invoice as an A4 PDF with the Japanese font embedded. */
export function invoicePdf(m: InvoiceModel): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 40, info: { Title: `${m.title} #${m.orderNumber}`, Author: m.seller.name } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('jp', fontData());
  doc.font('jp');
  const L = m.labels;
  const left = 40;
  const width = doc.page.width - 80;

  doc.fontSize(18).text(m.title, { align: 'center' }).moveDown(1);
  const top = doc.y;
  doc.fontSize(13).text(m.buyer, left, top, { width: width / 2 });
  doc.fontSize(9).text(`${L.order}: #${m.orderNumber}`).text(`${L.ordered}: ${m.orderedOn}`).text(`${L.issued}: ${m.issuedOn}`);
  const afterBuyer = doc.y;
  doc.fontSize(10).text(m.seller.name, left + width / 2, top, { width: width / 2, align: 'right' });
  doc.fontSize(9);
  for (const s of [m.seller.address, m.seller.phone, m.seller.email].filter(Boolean)) doc.text(s, { width: width / 2, align: 'right' });
  if (m.qualified) doc.text(`${L.registration}: ${m.seller.invoiceRegistrationNumber}`, { width: width / 2, align: 'right' });
  doc.y = Math.max(doc.y, afterBuyer) + 16;

  const cols = [left, left + width * 0.56, left + width * 0.68, left + width * 0.84];
  const row = (cells: string[], bold = false) => {
    const y = doc.y;
    doc.fontSize(bold ? 9.5 : 9);
    doc.text(cells[0], cols[0], y, { width: width * 0.55 });
    const h = doc.y - y;
    doc.text(cells[1], cols[1], y, { width: width * 0.11, align: 'right' });
    doc.text(cells[2], cols[2], y, { width: width * 0.15, align: 'right' });
    doc.text(cells[3], cols[3], y, { width: width * 0.16, align: 'right' });
    doc.y = y + Math.max(h, 12) + 4;
    doc.moveTo(left, doc.y - 2).lineTo(left + width, doc.y - 2).strokeColor('#bbbbbb').lineWidth(0.5).stroke();
  };
  row([L.item, L.quantity, L.unitPrice, L.amount], true);
  for (const l of m.lines) row([`${l.title}${l.mark ? ` ${l.mark}` : ''}`, String(l.quantity), l.unitPrice, l.amount]);

  doc.moveDown(0.5);
  const sum = (label: string, value: string) => {
    const y = doc.y;
    doc.fontSize(9.5).text(label, left + width * 0.4, y, { width: width * 0.3 });
    doc.text(value, left + width * 0.7, y, { width: width * 0.3, align: 'right' });
    doc.y = Math.max(doc.y, y + 14);
  };
  for (const t of m.totals) sum(t.label, t.value);
  for (const t of m.taxes) sum(t.label, t.value);
  doc.moveDown(1).fontSize(8.5);
  for (const n of m.notes) doc.text(n, left, doc.y, { width });
  doc.end();
  return done;
}
