import type { Scenario } from '../harness';

/**
 * Sign-in: argon2id (19 MiB, t=2) is deliberately slow, so this measures the password hash more
 * than the server; a few connections are enough to saturate the CPU.
 */
const login: Scenario = async (ctx) => {
  await ctx.measure('POST /v1/auth/login', {
    url: '/v1/auth/login',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ctx.credentials.customer),
    connections: Math.min(ctx.defaults.connections, 8),
  });
};
export default login;
