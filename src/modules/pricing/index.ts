/** The pricing module's public face: the one pricing function, tax rules and promotions. */
export { type Discount, type PricedLine, type PricedOrder, type PricingInput, type PricingLine, type PromotionRule, type PromotionType, priceOrder } from './price';
export { allocate, rateOf, TAX_CLASSES, type TaxClass, type TaxLine, type TaxRounding, type TaxRules, taxByRate, taxOn } from './tax';
export { createPromotionService, type Promotion, PromotionSchema, type PromotionService } from './promotions';
export { promotionRoutes } from './routes';

import type { StoreSettings } from '../settings/index';
import type { TaxRules } from './tax';

/** The tax rules of the store's settings. */
export const taxRulesOf = (s: Pick<StoreSettings, 'taxRates' | 'pricesIncludeTax' | 'taxRounding'>): TaxRules => ({
  rates: s.taxRates,
  pricesIncludeTax: s.pricesIncludeTax,
  rounding: s.taxRounding,
});
