import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * SSRF guard for webhook targets: only https URLs whose every resolved address is public. Checked
 * when an endpoint is saved and again when a delivery connects (the request then goes to the
 * vetted address, so a DNS answer that changes in between — DNS rebinding — cannot redirect it).
 */

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // CGNAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['100::', 64], // discard
  ['2001::', 32], // Teredo
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

/** Expands an IPv6 address to its 8 groups (numbers). */
function ipv6Groups(address: string): number[] | null {
  let a = address.toLowerCase().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  // a dotted IPv4 tail (::ffff:127.0.0.1) becomes two groups
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (dotted) {
    const p = dotted[1].split('.').map(Number);
    a = a.slice(0, -dotted[1].length) + `${((p[0] << 8) | p[1]).toString(16)}:${((p[2] << 8) | p[3]).toString(16)}`;
  }
  const [head, tail] = a.includes('::') ? a.split('::') : [a, null];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const fill = tail === null ? 0 : 8 - h.length - t.length;
  if (fill < 0) return null;
  const groups = [...h, ...Array(fill).fill('0'), ...t].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

/** The IPv4 address embedded in ::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d and 2002:abcd:: (6to4). */
function embeddedIPv4(groups: number[]): string | null {
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  const zeros = (n: number) => groups.slice(0, n).every((g) => g === 0);
  if (zeros(5) && groups[5] === 0xffff) return v4(groups[6], groups[7]); // IPv4-mapped
  if (zeros(5) && groups[5] === 0 && (groups[6] !== 0 || groups[7] > 1)) return v4(groups[6], groups[7]); // IPv4-compatible
  if (groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0)) return v4(groups[6], groups[7]); // NAT64
  if (groups[0] === 0x2002) return v4(groups[1], groups[2]); // 6to4
  return null;
}

/** True for an address that may be contacted from the server: not loopback, private, link-local, CGNAT, multicast, reserved. */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 4) return !blocked.check(bare, 'ipv4');
  if (family !== 6) return false;
  const groups = ipv6Groups(bare);
  if (!groups) return false;
  const v4 = embeddedIPv4(groups);
  if (v4 !== null) return isPublicAddress(v4);
  // only global unicast (2000::/3) is public
  if ((groups[0] & 0xe000) !== 0x2000) return false;
  return !blocked.check(bare, 'ipv6');
}

export class UnsafeTargetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeTargetError';
  }
}

export interface TargetPolicy {
  /** WEBHOOK_ALLOW_PRIVATE=1: http and private/loopback targets (development, tests). */
  allowPrivate: boolean;
  /** DNS resolution; injectable so tests can simulate rebinding. */
  resolve?: (hostname: string) => Promise<{ address: string; family: number }[]>;
}

const defaultResolve = (hostname: string) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * Parses a target URL and checks its scheme and literal host. WHATWG URL parsing already turns
 * 0x7f000001, 2130706433 and 0177.0.0.1 into 127.0.0.1, so the address checks see the real value.
 */
export function checkTargetUrl(raw: string, policy: TargetPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeTargetError('is not a valid URL');
  }
  if (url.protocol !== 'https:' && !(policy.allowPrivate && url.protocol === 'http:')) {
    throw new UnsafeTargetError(policy.allowPrivate ? 'must be an http or https URL' : 'must be an https URL');
  }
  if (url.username || url.password) throw new UnsafeTargetError('must not contain credentials');
  if (!url.hostname) throw new UnsafeTargetError('must name a host');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!policy.allowPrivate) {
    if (isIP(host)) {
      if (!isPublicAddress(host)) throw new UnsafeTargetError(`points at a non-public address (${host})`);
    } else if (/(^|\.)(localhost|local|internal|localdomain)$/i.test(host)) {
      throw new UnsafeTargetError(`points at a local host name (${host})`);
    }
  }
  return url;
}

/**
 * Resolves the host and returns the address to connect to. Every resolved address must be public
 * (one private answer among public ones is still refused).
 */
export async function resolveTarget(url: URL, policy: TargetPolicy): Promise<{ address: string; family: 4 | 6 }> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const literal = isIP(host);
  if (literal) {
    if (!policy.allowPrivate && !isPublicAddress(host)) throw new UnsafeTargetError(`points at a non-public address (${host})`);
    return { address: host, family: literal as 4 | 6 };
  }
  let answers: { address: string; family: number }[];
  try {
    answers = await (policy.resolve ?? defaultResolve)(host);
  } catch (err) {
    throw new UnsafeTargetError(`host ${host} does not resolve (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (answers.length === 0) throw new UnsafeTargetError(`host ${host} does not resolve`);
  if (!policy.allowPrivate) {
    const bad = answers.find((a) => !isPublicAddress(a.address));
    if (bad) throw new UnsafeTargetError(`host ${host} resolves to a non-public address (${bad.address})`);
  }
  return { address: answers[0].address, family: answers[0].family === 6 ? 6 : 4 };
}

/** Save-time check: the URL shape and, unless private targets are allowed, what it resolves to now. */
export async function vetTarget(raw: string, policy: TargetPolicy): Promise<URL> {
  const url = checkTargetUrl(raw, policy);
  if (!policy.allowPrivate) await resolveTarget(url, policy);
  return url;
}
