import { createRequire } from 'node:module';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { DomainError } from '../../platform/errors';

// Loaded at the first password check, not at start: decompressing the dictionaries costs
// ~0.3 s of CPU and ~25 MB that a server nobody signs up to never needs.
const loadPackage = createRequire(import.meta.url);
const createChecker = (): ZxcvbnFactory => {
  const { ZxcvbnFactory: Factory } = loadPackage('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
  const { adjacencyGraphs, dictionary } = loadPackage('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
  return new Factory({ dictionary, graphs: adjacencyGraphs });
};

/**
 * Passwords are judged by zxcvbn-ts (a maintained common-password list, keyboard patterns,
 * repeats, dates), not by character-class rules: `12345678`, `password` and `aaaaaaaa` fail,
 * a long passphrase passes. The email and name count as known words.
 */
const MIN_SCORE = 2;
let checker: ZxcvbnFactory | null = null;

export function passwordWeakness(password: string, userInputs: string[] = []): string | null {
  checker ??= createChecker();
  // zxcvbn's cost grows with length; 128 characters (the schema's maximum) stay in milliseconds.
  const result = checker.check(password.slice(0, 128), userInputs.flatMap((s) => [s, ...s.split(/[@.\s_-]+/)]).filter((s) => s.length >= 3));
  if (result.score >= MIN_SCORE) return null;
  const hint = result.feedback.warning ? ` (${result.feedback.warning})` : '';
  return `This password is too easy to guess${hint}: use a longer phrase of unrelated words, not a common password, a pattern or your name or email`;
}

/** Throws 400 `weak_password` for a password on the common list or too guessable. */
export function assertStrongPassword(password: string, userInputs: string[] = []): void {
  const weakness = passwordWeakness(password, userInputs);
  if (weakness) throw new DomainError('weak_password', weakness, { errors: [{ path: 'password', message: 'is too easy to guess' }] });
}
