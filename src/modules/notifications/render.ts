import { readFileSync } from 'node:fs';
import { parseTemplate, renderTemplate, type Vars } from './template';

export const NOTIFICATION_TYPES = ['order.confirmation', 'order.shipped', 'order.cancelled', 'order.refunded', 'password.reset', 'staff.low_stock'] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];
export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Stands in for a secret (a reset token, a guest's access key) in the stored message; the sender
 * puts the real value in at send time and the admin shows it masked.
 */
export const SECRET_PLACEHOLDER = '__INVENTRA_SECRET__';

export interface Rendered {
  subject: string;
  text: string;
  html: string;
}

const dir = new URL('./templates/', import.meta.url);
const parsed = new Map<string, ReturnType<typeof parseTemplate>>();

/** Templates are files (`templates/<type>.<locale>.txt|html`), parsed once per process. */
function template(file: string) {
  let t = parsed.get(file);
  if (!t) {
    t = parseTemplate(readFileSync(new URL(file, dir), 'utf8'));
    parsed.set(file, t);
  }
  return t;
}

/** The plain-text file's first line is the subject; the rest is the body. */
export function renderMessage(type: NotificationType, locale: Locale, vars: Vars): Rendered {
  const txt = renderTemplate(template(`${type}.${locale}.txt`), vars, { html: false });
  const nl = txt.indexOf('\n');
  const subject = (nl < 0 ? txt : txt.slice(0, nl)).trim();
  const text = tidy(nl < 0 ? '' : txt.slice(nl + 1));
  const head = renderTemplate(template('layout.html'), { ...vars, subject, locale }, { html: true });
  const body = renderTemplate(template(`${type}.${locale}.html`), vars, { html: true });
  return { subject, text, html: head + body + renderTemplate(template('layout-end.html'), vars, { html: true }) };
}

/** Sections leave blank lines behind; keep at most one in a row. */
const tidy = (s: string) => s.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
