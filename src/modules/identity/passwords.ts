// argon2 is a native addon: it loads at the first password hash or check, not at every start.
let argon2: Promise<typeof import('argon2')> | null = null;
const load = () => (argon2 ??= import('argon2').then((m) => ((m as { default?: typeof import('argon2') }).default ?? m)));

export async function hashPassword(password: string): Promise<string> {
  const a = await load();
  // OWASP's minimum for argon2id: 19 MiB, 2 iterations, 1 lane.
  return a.hash(password, { type: a.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  const a = await load(); // a missing addon is an error, not a wrong password
  try {
    return await a.verify(hash, password);
  } catch {
    return false;
  }
}

/** Verified against when the email is unknown, so both failures take about as long. */
let dummy: Promise<string> | null = null;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummy ??= hashPassword('inventra-timing-equaliser');
  await verifyPassword(await dummy, password);
}
