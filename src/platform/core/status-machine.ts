import { DomainError } from '../errors';

/** A status machine as data (from → allowed targets) with its two checks. */
export interface StatusMachine<S extends string> {
  readonly transitions: Readonly<Record<S, readonly S[]>>;
  can(from: S, to: S): boolean;
  /** Throws 409 invalid_transition with `message(from, to, allowed)` when the machine forbids the step. */
  assert(from: S, to: S): void;
}

export function statusMachine<S extends string>(
  transitions: Record<S, readonly S[]>,
  message: (from: S, to: S, allowed: readonly S[]) => string,
): StatusMachine<S> {
  const frozen = Object.freeze(transitions);
  const can = (from: S, to: S) => frozen[from].includes(to);
  return {
    transitions: frozen,
    can,
    assert(from, to) {
      if (!can(from, to)) throw new DomainError('invalid_transition', message(from, to, frozen[from]));
    },
  };
}
