import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { resolveTarget, type TargetPolicy, UnsafeTargetError, checkTargetUrl } from './ssrf';

export const DELIVERY_TIMEOUT_MS = 5000;

export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

const agents = {
  http: new http.Agent({ keepAlive: true, maxSockets: 64 }),
  https: new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

/**
 * One POST to a webhook target. The URL is re-checked and its host resolved here, and the socket
 * connects to that vetted address (Host and SNI stay the host name). Redirects are not followed:
 * only a 2xx within the timeout counts as success.
 */
export async function sendWebhook(rawUrl: string, headers: Record<string, string>, body: string, policy: TargetPolicy, timeoutMs = DELIVERY_TIMEOUT_MS): Promise<SendResult> {
  const started = Date.now();
  const done = (statusCode: number | null, error: string | null): SendResult => ({
    ok: statusCode !== null && statusCode >= 200 && statusCode < 300,
    statusCode,
    error,
    durationMs: Date.now() - started,
  });
  let url: URL;
  let target: { address: string; family: 4 | 6 };
  try {
    url = checkTargetUrl(rawUrl, policy);
    target = await resolveTarget(url, policy);
  } catch (err) {
    return done(null, err instanceof UnsafeTargetError ? `refused: target ${err.message}` : String(err));
  }
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all) (callback as any)(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const secure = url.protocol === 'https:';
  return new Promise<SendResult>((resolve) => {
    let settled = false;
    const finish = (r: SendResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    const req = (secure ? https : http).request(
      {
        method: 'POST',
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port || (secure ? 443 : 80),
        path: `${url.pathname}${url.search}`,
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'Inventra-Webhooks/1' },
        agent: secure ? agents.https : agents.http,
        lookup: pinned,
        ...(secure ? { servername: url.hostname } : {}),
      },
      (res) => {
        const status = res.statusCode ?? 0;
        // Drain (bounded) so the keep-alive socket can be reused; the body is not needed.
        let seen = 0;
        res.on('data', (chunk: Buffer) => {
          seen += chunk.length;
          if (seen > 64 * 1024) res.destroy();
        });
        res.on('end', () => finish(done(status, status >= 200 && status < 300 ? null : status >= 300 && status < 400 ? `redirect to ${res.headers.location ?? '?'} not followed` : `HTTP ${status}`)));
        res.on('error', () => finish(done(status, `HTTP ${status}`)));
        res.on('close', () => finish(done(status, status >= 200 && status < 300 ? null : `HTTP ${status}`)));
      },
    );
    const timer = setTimeout(() => {
      finish(done(null, `timed out after ${timeoutMs} ms`));
      req.destroy();
    }, timeoutMs);
    req.on('error', (err: NodeJS.ErrnoException) => finish(done(null, err.code ? `${err.code}: ${err.message}` : err.message)));
    req.end(body);
  });
}
