import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { DomainError } from '../../platform/errors';

/**
 * Passwords are judged by zxcvbn-ts (a maintained common-password list, keyboard patterns,
 * repeats, dates), not by character-class rules: `12345678`, `password` and `aaaaaaaa` fail,
 * a long passphrase passes. The email and name count as known words.
 */
const MIN_SCORE = 2;
let checker: ZxcvbnFactory | null = null;

export function passwordWeakness(password: string, userInputs: string[] = []): string | null {
  checker ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
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
