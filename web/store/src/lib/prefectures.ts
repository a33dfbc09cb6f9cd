import { i18next } from '../../../shared/i18n';

/** The 47 prefectures in JIS order: the Japanese name (what is stored) and the English one. */
export const PREFECTURES: readonly (readonly [ja: string, en: string])[] = [
  ['北海道', 'Hokkaido'], ['青森県', 'Aomori'], ['岩手県', 'Iwate'], ['宮城県', 'Miyagi'], ['秋田県', 'Akita'], ['山形県', 'Yamagata'],
  ['福島県', 'Fukushima'], ['茨城県', 'Ibaraki'], ['栃木県', 'Tochigi'], ['群馬県', 'Gunma'], ['埼玉県', 'Saitama'], ['千葉県', 'Chiba'],
  ['東京都', 'Tokyo'], ['神奈川県', 'Kanagawa'], ['新潟県', 'Niigata'], ['富山県', 'Toyama'], ['石川県', 'Ishikawa'], ['福井県', 'Fukui'],
  ['山梨県', 'Yamanashi'], ['長野県', 'Nagano'], ['岐阜県', 'Gifu'], ['静岡県', 'Shizuoka'], ['愛知県', 'Aichi'], ['三重県', 'Mie'],
  ['滋賀県', 'Shiga'], ['京都府', 'Kyoto'], ['大阪府', 'Osaka'], ['兵庫県', 'Hyogo'], ['奈良県', 'Nara'], ['和歌山県', 'Wakayama'],
  ['鳥取県', 'Tottori'], ['島根県', 'Shimane'], ['岡山県', 'Okayama'], ['広島県', 'Hiroshima'], ['山口県', 'Yamaguchi'], ['徳島県', 'Tokushima'],
  ['香川県', 'Kagawa'], ['愛媛県', 'Ehime'], ['高知県', 'Kochi'], ['福岡県', 'Fukuoka'], ['佐賀県', 'Saga'], ['長崎県', 'Nagasaki'],
  ['熊本県', 'Kumamoto'], ['大分県', 'Oita'], ['宮崎県', 'Miyazaki'], ['鹿児島県', 'Kagoshima'], ['沖縄県', 'Okinawa'],
];

/** The stored (Japanese) name for either form; addresses saved before were in romaji. */
export function canonicalPrefecture(value: string): string {
  const v = value.trim();
  return PREFECTURES.find(([ja, en]) => ja === v || en.toLowerCase() === v.toLowerCase())?.[0] ?? v;
}

/** A prefecture in the shopper's language. */
export function prefectureLabel(value: string): string {
  const hit = PREFECTURES.find(([ja, en]) => ja === value || en.toLowerCase() === value.trim().toLowerCase());
  if (!hit) return value;
  return i18next.language === 'en' ? hit[1] : hit[0];
}

const WIDE_DIGIT = /[\uFF10-\uFF19]/g;
const DASHES = /[\u2010-\u2015\u2212\u30FC\uFF0D\uFF70]/g;

/** `１０５－００１１` → `105-0011` (the server does the same; doing it here lets the form check it). */
export function halfWidth(value: string): string {
  return value.replace(WIDE_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(DASHES, '-').replace(/\u3000/g, ' ').trim();
}

export function normalizePostalCode(value: string): string {
  const v = halfWidth(value).replace(/^〒\s*/, '');
  return /^\d{7}$/.test(v) ? `${v.slice(0, 3)}-${v.slice(3)}` : v;
}
