import { DomainError } from '../../platform/errors';

export type ProductStatus = 'draft' | 'published' | 'archived';
export type ProductAction = 'publish' | 'unpublish' | 'archive' | 'restore';

/** The product status machine as data: which statuses each action leaves from, and where it goes. */
export const PRODUCT_TRANSITIONS: Record<ProductAction, { from: readonly ProductStatus[]; to: ProductStatus }> = {
  // Publishing a published product republishes its working copy (a new snapshot).
  publish: { from: ['draft', 'published'], to: 'published' },
  unpublish: { from: ['published'], to: 'draft' },
  archive: { from: ['published'], to: 'archived' },
  restore: { from: ['archived'], to: 'draft' },
};

export const PRODUCT_ACTIONS = Object.keys(PRODUCT_TRANSITIONS) as ProductAction[];

export function canTransition(from: ProductStatus, action: ProductAction): boolean {
  return PRODUCT_TRANSITIONS[action].from.includes(from);
}

/** The status `action` leads to from `from`, or 409 invalid_transition. */
export function nextStatus(from: ProductStatus, action: ProductAction): ProductStatus {
  const rule = PRODUCT_TRANSITIONS[action];
  if (!rule.from.includes(from)) {
    throw new DomainError('invalid_transition', `Cannot ${action} a ${from} product (from ${from} to ${rule.to} is not allowed)`);
  }
  return rule.to;
}

/** The action that moves a product from `from` to `to`, if the machine has one (CSV import uses it). */
export function actionFor(from: ProductStatus, to: ProductStatus): ProductAction | null {
  if (from === to) return to === 'published' ? 'publish' : null;
  for (const action of PRODUCT_ACTIONS) {
    const rule = PRODUCT_TRANSITIONS[action];
    if (rule.to === to && rule.from.includes(from)) return action;
  }
  return null;
}
