import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, statusFor, type FieldError } from '../errors';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../db/database';
import type { ProblemBody } from './schemas';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  412: 'Precondition failed',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

const title = (code: string) => code.charAt(0).toUpperCase() + code.slice(1).replace(/_/g, ' ');

export function problem(status: number, code: string, detail?: string, errors?: FieldError[], requestId?: string): ProblemBody {
  return {
    type: `https://inventra.dev/problems/${code.replace(/_/g, '-')}`,
    title: status >= 500 ? (TITLES[status] ?? 'Error') : title(code),
    status,
    code,
    ...(detail ? { detail } : {}),
    ...(errors?.length ? { errors } : {}),
    ...(requestId ? { requestId } : {}),
  };
}

interface AjvError {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

function fieldErrors(validation: AjvError[], context?: string): FieldError[] {
  return validation.map((v) => {
    let path = (v.instancePath ?? '').replace(/^\//, '');
    const extra = (v.params?.missingProperty ?? v.params?.additionalProperty) as string | undefined;
    if (extra) path = path ? `${path}/${extra}` : extra;
    let message = v.message ?? 'is invalid';
    if (v.keyword === 'additionalProperties') message = 'is not a known field';
    if (v.keyword === 'required') message = 'is required';
    const prefix = context && context !== 'body' ? `${context}/` : '';
    return { path: `${prefix}${path}`, message };
  });
}

/** Maps any thrown error to problem+json. The only place that decides error statuses. */
export function toProblem(err: unknown, requestId: string): { body: ProblemBody; headers: Record<string, string> } {
  if (err instanceof DomainError) {
    const status = statusFor(err);
    return { body: problem(status, err.code, err.detail, err.extra.errors, requestId), headers: err.extra.headers ?? {} };
  }
  const e = err as FastifyError & { validation?: AjvError[]; validationContext?: string };
  if (e?.validation) {
    const errors = fieldErrors(e.validation, e.validationContext);
    const detail = errors.map((x) => `${x.path || '(root)'} ${x.message}`).join('; ');
    return { body: problem(400, 'validation_failed', detail, errors, requestId), headers: {} };
  }
  switch (e?.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
      return { body: problem(413, 'payload_too_large', 'The request body is larger than allowed', undefined, requestId), headers: {} };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return { body: problem(415, 'unsupported_media_type', 'Send a supported Content-Type (application/json)', undefined, requestId), headers: {} };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { body: problem(400, 'bad_request', 'Content-Length does not match the body', undefined, requestId), headers: {} };
  }
  if (isDatabaseUnavailable(err)) {
    return {
      body: problem(503, 'unavailable', 'The database is not answering; retry shortly', undefined, requestId),
      headers: { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) },
    };
  }
  const status = typeof e?.statusCode === 'number' ? e.statusCode : 500;
  if (status === 429) return { body: problem(429, 'rate_limited', 'Too many requests; retry later', undefined, requestId), headers: {} };
  if (status >= 400 && status < 500) {
    // Malformed JSON, bad headers and the like: the client's fault, described without internals.
    const code = status === 400 ? 'validation_failed' : status === 404 ? 'not_found' : status === 413 ? 'payload_too_large' : status === 415 ? 'unsupported_media_type' : 'bad_request';
    const detail = e?.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || e instanceof SyntaxError ? 'The body is not valid JSON' : e?.message;
    return { body: problem(status === 400 || status === 404 || status === 413 || status === 415 ? status : 400, code, detail, undefined, requestId), headers: {} };
  }
  return { body: problem(500, 'internal_error', 'Something went wrong on our side; the request id helps us find it', undefined, requestId), headers: {} };
}

export function sendProblem(req: FastifyRequest, reply: FastifyReply, err: unknown) {
  const { body, headers } = toProblem(err, req.id);
  if (body.status === 503) req.log.warn({ err: { code: (err as { code?: string })?.code, message: (err as Error)?.message } }, 'request refused: unavailable');
  else if (body.status >= 500) req.log.error({ err }, 'request failed');
  return reply.code(body.status).headers(headers).type('application/problem+json').send(body);
}
