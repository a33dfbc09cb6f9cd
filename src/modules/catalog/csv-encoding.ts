import iconv from 'iconv-lite';
import { DomainError } from '../../platform/errors';

/**
 * CSV bytes to text. UTF-8 (with or without BOM) is tried first, strictly; a file that is not
 * UTF-8 is read as Shift_JIS (what Excel in Japan writes) when every byte sequence decodes.
 * Anything else is a 400 naming the first line that cannot be read: nothing is applied.
 */
export type CsvEncoding = 'utf-8' | 'shift_jis';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const lineOf = (bytes: Buffer, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

/** Byte offset of the first invalid UTF-8 sequence (binary search over decodable prefixes is overkill: scan). */
function firstBadUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n === 0 || i + n > bytes.length) return i;
    try {
      utf8.decode(bytes.subarray(i, i + n));
    } catch {
      return i;
    }
    i += n;
  }
  return -1;
}

function undecodable(bytes: Buffer, offset: number, encoding: string): DomainError {
  const line = lineOf(bytes, offset);
  return new DomainError('validation_failed', `Line ${line} is not valid ${encoding} text; save the file as UTF-8 or Shift_JIS CSV`, {
    errors: [{ path: `line ${line}`, message: `cannot be decoded as ${encoding}` }],
  });
}

function decodeShiftJis(bytes: Buffer): string | DomainError {
  const text = iconv.decode(bytes, 'Shift_JIS');
  const bad = text.indexOf('\ufffd');
  if (bad < 0) return text;
  // The line of the first replacement character is the line of the bad bytes.
  const line = text.slice(0, bad).split('\n').length;
  return new DomainError('validation_failed', `Line ${line} is not valid Shift_JIS text; save the file as UTF-8 or Shift_JIS CSV`, {
    errors: [{ path: `line ${line}`, message: 'cannot be decoded as Shift_JIS' }],
  });
}

export function decodeCsv(bytes: Buffer, encoding?: CsvEncoding): { text: string; encoding: CsvEncoding } {
  const decoded = decodeBytes(bytes, encoding);
  const nul = decoded.text.indexOf('\u0000');
  if (nul >= 0) {
    const line = decoded.text.slice(0, nul).split('\n').length;
    throw new DomainError('validation_failed', `Line ${line} contains a NUL character`, { errors: [{ path: `line ${line}`, message: 'contains a NUL character' }] });
  }
  return decoded;
}

function decodeBytes(bytes: Buffer, encoding?: CsvEncoding): { text: string; encoding: CsvEncoding } {
  if (encoding === 'shift_jis') {
    const text = decodeShiftJis(bytes);
    if (text instanceof DomainError) throw text;
    return { text, encoding };
  }
  const body = bytes.subarray(0, 3).equals(BOM) ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body), encoding: 'utf-8' };
  } catch {
    const badAt = firstBadUtf8(body);
    if (encoding === 'utf-8' || body !== bytes) throw undecodable(body, badAt, 'UTF-8');
    const sjis = decodeShiftJis(bytes);
    if (sjis instanceof DomainError) throw undecodable(body, badAt, 'UTF-8 or Shift_JIS');
    return { text: sjis, encoding: 'shift_jis' };
  }
}

export { neutraliseFormula as safeCell, UTF8_BOM } from '../../platform/spreadsheet';
