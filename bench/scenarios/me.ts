import type { Scenario } from '../harness';

/** An authenticated read: JWT verification, the cached principal lookup, one indexed query. */
const me: Scenario = async (ctx) => {
  await ctx.measure('GET /v1/me (bearer)', { url: '/v1/me', headers: { authorization: `Bearer ${ctx.tokens.customer}` } });
};
export default me;
