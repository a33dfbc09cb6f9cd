import { uuidv7 } from 'uuidv7';
import { isUuid } from '../../platform/core/schemas';
import { DomainError, notFound } from '../../platform/errors';
import type { IdentityCore } from './core';
import { type Address, type AddressInput, toAddress } from './model';
import { addressesRepo as repo } from './repo/addresses';
import type { AddressChange } from './tables';

const MAX_ADDRESSES = 50;

export async function listAddresses(c: IdentityCore, userId: string): Promise<Address[]> {
  return (await repo.list(c.db, userId)).map(toAddress);
}

export async function getAddress(c: IdentityCore, userId: string, id: string): Promise<Address> {
  const row = isUuid(id) ? await repo.get(c.db, userId, id) : undefined;
  if (!row) throw notFound('Address');
  return toAddress(row);
}

/** The first address, or one marked `isDefault`, becomes the default (the others stop being it). */
export async function createAddress(c: IdentityCore, userId: string, input: AddressInput): Promise<Address> {
  return c.db.transaction().execute(async (tx) => {
    const count = await repo.count(tx, userId);
    if (count >= MAX_ADDRESSES) throw new DomainError('unprocessable', `An account can keep at most ${MAX_ADDRESSES} addresses`);
    const isDefault = input.isDefault === true || count === 0;
    if (isDefault) await repo.clearDefault(tx, userId);
    const row = await repo.insert(tx, {
      id: uuidv7(),
      user_id: userId,
      name: input.name,
      postal_code: input.postalCode,
      prefecture: input.prefecture,
      city: input.city,
      line1: input.line1,
      line2: input.line2 ?? null,
      phone: input.phone,
      name_kana: input.nameKana || null,
      is_default: isDefault,
    });
    return toAddress(row);
  });
}

export async function updateAddress(c: IdentityCore, userId: string, id: string, patch: Partial<AddressInput>): Promise<Address> {
  if (!isUuid(id)) throw notFound('Address');
  return c.db.transaction().execute(async (tx) => {
    const set: AddressChange = {
      name: patch.name,
      postal_code: patch.postalCode,
      prefecture: patch.prefecture,
      city: patch.city,
      line1: patch.line1,
      line2: patch.line2,
      phone: patch.phone,
      name_kana: patch.nameKana,
    };
    if (patch.isDefault === true) {
      await repo.clearDefault(tx, userId, id);
      set.is_default = true;
    } else if (patch.isDefault === false) set.is_default = false;
    for (const k of Object.keys(set) as (keyof AddressChange)[]) if (set[k] === undefined) delete set[k];
    const row = Object.keys(set).length ? await repo.update(tx, userId, id, set) : await repo.get(tx, userId, id);
    if (!row) throw notFound('Address');
    return toAddress(row);
  });
}

/** Removing the default makes the newest remaining address the default, so checkout still has one. */
export async function deleteAddress(c: IdentityCore, userId: string, id: string): Promise<void> {
  if (!isUuid(id)) throw notFound('Address');
  await c.db.transaction().execute(async (tx) => {
    const gone = await repo.delete(tx, userId, id);
    if (!gone) throw notFound('Address');
    if (gone.wasDefault) await repo.defaultToNewest(tx, userId);
  });
}
