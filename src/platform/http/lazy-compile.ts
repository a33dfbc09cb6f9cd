/**
 * Route schemas compiled on first use instead of at start: compiling every validator (ajv) and
 * serializer (fast-json-stringify) of ~150 routes was a third of the server's start-up CPU. After
 * the server listens, `warmUp` compiles what is still pending a few at a time between requests,
 * so a broken schema still surfaces within seconds of a start (logged), not at its first request.
 * It waits a second first: a probe or a first request right after listen should not queue
 * behind schema compilation (on a busy machine that delayed the first /readyz by seconds).
 */
type Compiled = ((data: unknown, ctx?: unknown) => unknown) & { errors?: unknown; schemaEnv?: unknown };

const pending = new Set<() => unknown>();
const WARM_UP_DELAY_MS = 1000;

export function lazyCompiled(compile: () => Compiled, kind: 'validator' | 'serializer'): Compiled {
  let fn: Compiled | null = null;
  const get = () => {
    if (!fn) {
      fn = compile();
      pending.delete(get);
    }
    return fn;
  };
  const wrapper: Compiled = (data, ctx) => {
    const f = get();
    if (kind === 'serializer') return f(data);
    // Ajv mutates a root value (coercion) only when handed its parent, as Fastify does for ajv functions.
    const result = ctx !== undefined && f.schemaEnv ? f(data, ctx) : f(data);
    wrapper.errors = f.errors;
    return result;
  };
  if (kind === 'validator') wrapper.schemaEnv = true;
  pending.add(get);
  return wrapper;
}

/** Compiles the pending schemas in small batches, yielding to requests between them. */
export function warmUp(onError: (err: unknown) => void): void {
  const step = () => {
    let n = 0;
    for (const get of pending) {
      try {
        get();
      } catch (err) {
        pending.delete(get);
        onError(err);
      }
      if (++n >= 5) break;
    }
    if (pending.size) setTimeout(step, 1).unref();
  };
  setTimeout(step, WARM_UP_DELAY_MS).unref();
}
