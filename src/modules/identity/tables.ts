import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Scope, UserRole } from '../../platform/core/context';

/** Identity's tables as the migrations in `./migrations` define them (repositories only). */
export interface IdentityTables {
  'identity.users': UsersTable;
  'identity.refresh_tokens': RefreshTokensTable;
  'identity.addresses': AddressesTable;
  'identity.api_keys': ApiKeysTable;
  'identity.password_resets': PasswordResetsTable;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  role: Generated<UserRole>;
  is_active: Generated<boolean>;
  /** The language of the user's emails; null follows settings.defaultLocale. */
  locale: 'ja' | 'en' | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** Rotating refresh tokens: one row per issued token, grouped in families (one per sign-in). */
export interface RefreshTokensTable {
  id: string;
  user_id: string;
  family_id: string;
  token_hash: string;
  expires_at: Date;
  used_at: Date | null;
  revoked_at: Date | null;
  created_at: Generated<Date>;
}

export interface AddressesTable {
  id: string;
  user_id: string;
  name: string;
  postal_code: string;
  prefecture: string;
  city: string;
  line1: string;
  line2: string | null;
  phone: string;
  is_default: Generated<boolean>;
  created_at: Generated<Date>;
  /** Furigana of `name`. */
  name_kana: string | null;
}

export interface ApiKeysTable {
  id: string;
  name: string;
  prefix: string;
  key_hash: string;
  scopes: Scope[];
  created_by: string | null;
  created_at: Generated<Date>;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

/** Only the SHA-256 of a reset token is kept; single use, short-lived. */
export interface PasswordResetsTable {
  id: string;
  user_id: string;
  token_hash: string;
  expires_at: Date;
  used_at: Date | null;
  created_at: Date;
}

export type UserRow = Selectable<UsersTable>;
export type UserChange = Updateable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type AddressRow = Selectable<AddressesTable>;
export type AddressChange = Updateable<AddressesTable>;
export type NewAddress = Insertable<AddressesTable>;
export type ApiKeyRow = Selectable<ApiKeysTable>;
export type NewApiKey = Insertable<ApiKeysTable>;
export type RefreshTokenRow = Selectable<RefreshTokensTable>;
