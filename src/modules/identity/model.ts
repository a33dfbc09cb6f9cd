import type { Scope, UserRole } from '../../platform/core/context';
import type { AddressRow, ApiKeyRow, UserRow } from './tables';

export type Locale = 'ja' | 'en';

export interface User {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  isActive: boolean;
  /** Language of the user's emails; null follows settings.defaultLocale. */
  locale: Locale | null;
  createdAt: string;
}

/** Who a user id is, for screens that show people by name (audit log, orders, customers). */
export type UserRef = Pick<User, 'id' | 'email' | 'name' | 'role'>;

/** Who an email goes to. */
export interface Contact {
  userId: string;
  email: string;
  name: string;
  locale: Locale | null;
  isActive: boolean;
  role: UserRole;
}

export interface Session {
  user: User;
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

/** An address as an order keeps it (what a delivery needs). */
export interface AddressValue {
  name: string;
  postalCode: string;
  prefecture: string;
  city: string;
  line1: string;
  line2: string | null;
  phone: string;
}

/** One of a user's addresses. */
export interface Address extends AddressValue {
  id: string;
  isDefault: boolean;
  /** Furigana of `name`. */
  nameKana: string | null;
}
export type AddressInput = Omit<Address, 'id' | 'isDefault' | 'line2' | 'nameKana'> & { line2?: string | null; isDefault?: boolean; nameKana?: string | null };

export interface ApiKey {
  id: string;
  name: string;
  scopes: Scope[];
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

const iso = (d: Date | string) => new Date(d).toISOString();

export const toUser = (r: UserRow): User => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  isActive: r.is_active,
  locale: r.locale ?? null,
  createdAt: iso(r.created_at),
});

export const toContact = (r: Pick<UserRow, 'id' | 'email' | 'name' | 'locale' | 'is_active' | 'role'>): Contact => ({
  userId: r.id,
  email: r.email,
  name: r.name,
  locale: r.locale ?? null,
  isActive: r.is_active,
  role: r.role,
});

export const toAddress = (r: AddressRow): Address => ({
  id: r.id,
  name: r.name,
  postalCode: r.postal_code,
  prefecture: r.prefecture,
  city: r.city,
  line1: r.line1,
  line2: r.line2,
  phone: r.phone,
  isDefault: r.is_default,
  nameKana: r.name_kana ?? null,
});

export const toApiKey = (r: ApiKeyRow): ApiKey => ({
  id: r.id,
  name: r.name,
  scopes: r.scopes,
  prefix: r.prefix,
  createdAt: iso(r.created_at),
  lastUsedAt: r.last_used_at ? iso(r.last_used_at) : null,
});
