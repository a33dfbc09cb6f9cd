import { Type } from '@sinclair/typebox';
import { access } from '../../platform/http/access';
import { type App, ctx } from '../../platform/http/app';
import { DomainError } from '../../platform/errors';
import { isValidTimeZone, type SettingsService, StoreSettings } from './service';

const SettingsPatchBody = Type.Partial(Type.Object({ ...StoreSettings.properties, confirmRepricing: Type.Boolean({ description: 'required to change the currency while products exist: prices keep their numbers' }) }), {
  additionalProperties: false,
  minProperties: 1,
});

export function settingsRoutes(app: App, { settings }: { settings: SettingsService }) {
  app.get('/v1/store/settings', {
    config: { access: access.public },
    schema: {
      tags: ['storefront'],
      summary: 'Public store facts (what a storefront needs to show prices and shipping)',
      response: {
        200: Type.Object({
          storeName: Type.String(),
          currency: Type.String(),
          timeZone: Type.String(),
          shippingFee: Type.Integer(),
          freeShippingThreshold: Type.Union([Type.Integer(), Type.Null()]),
          pointsEarnRate: Type.Number(),
          defaultLocale: Type.Union([Type.Literal('ja'), Type.Literal('en')]),
          pricesIncludeTax: Type.Boolean(),
          taxRates: Type.Object({ standard: Type.Number(), reduced: Type.Number() }),
        }),
      },
    },
    handler: async () => settings.get(),
  });

  app.get('/v1/admin/settings', {
    config: { access: access.admin() },
    schema: { tags: ['settings'], summary: 'Store settings', response: { 200: StoreSettings } },
    handler: () => settings.get(),
  });

  app.patch('/v1/admin/settings', {
    config: { access: access.admin() },
    schema: {
      tags: ['settings'],
      summary: 'Change store settings (audited). currency: an ISO 4217 code; changing it while products exist is 409 conflict unless confirmRepricing is true',
      body: SettingsPatchBody,
      response: { 200: StoreSettings },
    },
    handler: async (req) => {
      if (req.body.timeZone !== undefined && !isValidTimeZone(req.body.timeZone)) {
        throw new DomainError('validation_failed', `Unknown time zone ${req.body.timeZone}`, {
          errors: [{ path: 'timeZone', message: 'must be an IANA time zone such as Asia/Tokyo' }],
        });
      }
      const { confirmRepricing, ...patch } = req.body;
      return settings.update(ctx(req), patch, { confirmRepricing });
    },
  });
}
