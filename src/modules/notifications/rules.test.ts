import { describe, expect, it } from 'vitest';
import { guestOwnerId } from '../orders/checkout';
import { formatMoney, trackingUrl } from './format';
import { renderMessage } from './render';
import { createSecretBox } from './secret';
import { MAX_ATTEMPTS, nextAfterFailure, RETRY_DELAYS_MS } from './sender';
import { parseTemplate, renderTemplate } from './template';

describe('template', () => {
  it('escapes variables in HTML only, repeats lists, shows and hides sections', () => {
    const src = '{{#items}}<li>{{name}} × {{qty}}</li>{{/items}}{{^items}}none{{/items}}{{#vip}}!{{/vip}} {{a.b}}';
    const vars = { items: [{ name: '<b>&', qty: 2 }], vip: true, a: { b: 'deep' } };
    expect(renderTemplate(src, vars, { html: true })).toBe('<li>&lt;b&gt;&amp; × 2</li>! deep');
    expect(renderTemplate(src, vars, { html: false })).toBe('<li><b>& × 2</li>! deep');
    expect(renderTemplate(src, { items: [] }, { html: false })).toBe('none ');
  });

  it('refuses sections that are not closed or closed out of order', () => {
    expect(() => parseTemplate('{{#a}}x')).toThrow(/never closed/);
    expect(() => parseTemplate('{{#a}}{{#b}}{{/a}}{{/b}}')).toThrow(/closes b/);
  });
});

describe('rendering', () => {
  it('takes the subject from the first line of the text template and leaves no tags behind', () => {
    const r = renderMessage('password.reset', 'en', { storeName: 'Shop', customerName: 'Ann', resetUrl: 'http://x/reset', expiresMinutes: 30 });
    expect(r.subject).toBe('Shop: reset your password');
    expect(r.text).toContain('http://x/reset');
    expect(r.text).not.toMatch(/\{\{|\n\n\n/);
    expect(r.html).toContain('<html lang="en">');
  });
});

describe('formatting', () => {
  it('formats money in minor units per language', () => {
    expect(formatMoney(3300, 'JPY', 'ja')).toBe('￥3,300');
    expect(formatMoney(3300, 'JPY', 'en')).toBe('¥3,300');
    expect(formatMoney(1999, 'USD', 'en')).toBe('$19.99');
  });

  it('links known carriers to their tracking pages, others to the order', () => {
    expect(trackingUrl('ヤマト運輸', '1234-5678 9012', 'http://o')).toBe('https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=123456789012');
    expect(trackingUrl('Sagawa Express', '1', 'http://o')).toContain('sagawa-exp.co.jp');
    expect(trackingUrl('Local courier', '1', 'http://o')).toBe('http://o');
  });
});

describe('retries', () => {
  it('waits longer after each failure and gives up after the last attempt', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    let previous = 0;
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      const next = nextAfterFailure(attempt, now);
      expect(next.status).toBe('pending');
      const wait = next.nextAttemptAt.getTime() - now.getTime();
      expect(wait).toBe(RETRY_DELAYS_MS[attempt - 1]);
      expect(wait).toBeGreaterThan(previous);
      previous = wait;
    }
    expect(nextAfterFailure(MAX_ATTEMPTS, now).status).toBe('failed');
  });
});

describe('secrets and guests', () => {
  it('seals secrets so only the same server secret opens them', () => {
    const box = createSecretBox('s'.repeat(40));
    const sealed = box.seal('pr_token');
    expect(sealed).not.toContain('pr_token');
    expect(box.open(sealed)).toBe('pr_token');
    expect(() => createSecretBox('t'.repeat(40)).open(sealed)).toThrow();
  });

  it('gives one stand-in owner per email, whatever its case, shaped like a UUID', () => {
    expect(guestOwnerId('Ann@Example.com ')).toBe(guestOwnerId('ann@example.com'));
    expect(guestOwnerId('ann@example.com')).not.toBe(guestOwnerId('bob@example.com'));
    expect(guestOwnerId('ann@example.com')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
