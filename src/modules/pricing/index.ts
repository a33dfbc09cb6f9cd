/** The pricing module's public face: the one pricing function, tax rules and promotions. */
export { type Discount, type PricedOrder, type PromotionRule, priceOrder } from './price';
export { type TaxLine, taxByRate, taxRulesOf } from './tax';
export { createPromotionService, type PromotionService } from './promotions';
export { promotionRoutes } from './routes';
