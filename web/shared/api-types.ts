// Helpers that read request and response types out of the generated OpenAPI types
// (./api-schema.ts, `npm run gen:api`). Both apps name their API types with these, so a change to a
// server schema shows up in the web apps' typecheck instead of in a hand-kept copy.
import type { components, paths } from './api-schema';

export type { components, paths };
export type ApiPath = keyof paths;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Op<P extends ApiPath, M extends Method> = NonNullable<paths[P][M]>;
type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Success<R> = R extends { 200: infer A } ? Json<A> : R extends { 201: infer A } ? Json<A> : R extends { 202: infer A } ? Json<A> : never;

/** The JSON body of a path's success answer (200, 201 or 202). */
export type ResponseOf<P extends ApiPath, M extends Method = 'get'> = Success<Op<P, M>['responses']>;
/** The JSON request body a path takes. */
export type BodyOf<P extends ApiPath, M extends Method = 'post'> = Op<P, M> extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;
/** The query string a path takes. */
export type QueryOf<P extends ApiPath, M extends Method = 'get'> = Op<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
/** One item of a paged list answer (`{ items, nextCursor }`). */
export type ItemOf<P extends ApiPath, M extends Method = 'get'> = ResponseOf<P, M> extends { items: (infer T)[] } ? T : never;

/** RFC 9457 problem details: every error answer. */
export type ProblemBody = components['schemas']['Problem'];

/** A paged list answer with items of type T (the `nextCursor` is the server's). */
export type Page<T> = Omit<ResponseOf<'/v1/admin/products'>, 'items'> & { items: T[] };
