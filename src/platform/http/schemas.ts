import { type Static, Type } from '@sinclair/typebox';

export { Id, IdParams, ListQuery, Nullable, Obj, Page, Sku, Timestamp, isSku, isUuid } from '../core/schemas';
export { badCursor, decodeCursor, encodeCursor, setCursorSecret } from '../core/paging';

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String(),
    detail: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
    requestId: Type.Optional(Type.String()),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details' },
);
export type ProblemBody = Static<typeof Problem>;

