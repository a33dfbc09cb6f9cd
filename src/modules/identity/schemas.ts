import { Type } from '@sinclair/typebox';
import { Nullable, Obj } from '../../platform/core/schemas';

/** Identity's public TypeBox schemas: its routes use them, and so do modules that show users or addresses. */
export const Name = Type.String({ minLength: 1, maxLength: 120, pattern: '\\S' });
export const Role = Type.Union([Type.Literal('customer'), Type.Literal('staff'), Type.Literal('admin')]);
export const Locale = Type.Union([Type.Literal('ja'), Type.Literal('en')]);

export const User = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: Role,
  isActive: Type.Boolean(),
  createdAt: Type.String(),
});

/** The fields of an address as a client sends them (`nameKana` is normalised to katakana). */
export const AddressFields = {
  name: Name,
  postalCode: Type.String({ minLength: 3, maxLength: 10, pattern: '^[0-9A-Za-z -]+$' }),
  prefecture: Type.String({ minLength: 1, maxLength: 60 }),
  city: Type.String({ minLength: 1, maxLength: 120 }),
  line1: Type.String({ minLength: 1, maxLength: 200 }),
  line2: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  phone: Type.String({ minLength: 5, maxLength: 20, pattern: '^[0-9+() -]+$' }),
  isDefault: Type.Optional(Type.Boolean()),
  nameKana: Type.Optional(Nullable(Type.String({ maxLength: 120, pattern: '^[\\u30A0-\\u30FF ]*$', description: 'furigana in katakana (hiragana and half-width kana are converted)' }))),
};
export const AddressInput = Obj(AddressFields);

/** An address as an order keeps it (what a delivery needs). */
export const AddressValue = Type.Object({
  name: Type.String(),
  postalCode: Type.String(),
  prefecture: Type.String(),
  city: Type.String(),
  line1: Type.String(),
  line2: Nullable(Type.String()),
  phone: Type.String(),
});

/** One of a user's addresses. */
export const Address = Type.Composite([Type.Object({ id: Type.String() }), AddressValue, Type.Object({ isDefault: Type.Boolean(), nameKana: Nullable(Type.String()) })]);
