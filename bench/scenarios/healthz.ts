import type { Scenario } from '../harness';

/** The cheapest real route: the platform's hooks (request id, rate-limit bypass, metrics) and nothing else. */
const healthz: Scenario = async (ctx) => {
  await ctx.measure('GET /healthz', { url: '/healthz' });
};
export default healthz;
