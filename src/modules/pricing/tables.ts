import type { Generated, Selectable } from 'kysely';
import type { PromotionType } from './price';

/** The `pricing` schema as its migration (migrations/0200_promotions.sql) leaves it. */
export interface PricingTables {
  'pricing.promotions': {
    id: string;
    code: string;
    /** The code in lower case: codes are unique case-insensitively. */
    code_key: string;
    description: Generated<string>;
    type: PromotionType;
    value: number;
    min_subtotal: number | null;
    starts_at: Date | null;
    ends_at: Date | null;
    usage_limit: number | null;
    per_customer_limit: number | null;
    product_ids: Generated<string[]>;
    category_ids: Generated<string[]>;
    active: Generated<boolean>;
    times_used: Generated<number>;
    version: Generated<number>;
    created_at: Date;
    updated_at: Date;
  };
  'pricing.promotion_uses': {
    order_id: string;
    promotion_id: string;
    user_id: string | null;
    amount: number;
    created_at: Date;
    released_at: Date | null;
  };
}

export type PromotionRow = Selectable<PricingTables['pricing.promotions']>;
