import { uuidv7 } from 'uuidv7';
import type { Db } from '../../platform/db/database';
import { DomainError } from '../../platform/errors';
import { recordEvent } from '../../platform/events/outbox';
import type { RequestContext } from '../../platform/core/context';
import type { Clock } from '../../platform/platform';
import type { AuditService } from '../audit/index';
import type { InventoryService, StockLine } from '../inventory/index';
import { taxByRate, taxRulesOf } from '../pricing/index';
import type { StoreSettings } from '../settings/index';
import type { PaymentsPort } from './ports';
import { type OrderReturn, toReturn } from './present';
import { type LineRow, type OrderRow, ordersRepo } from './repo';
import { type ReturnRow, returnsRepo as repo } from './repo/returns';

export interface ReturnInput {
  items: { sku: string; quantity: number }[];
  restock: boolean;
  refundShipping?: boolean;
  note?: string | null;
}

export interface ReturnDeps {
  payments: PaymentsPort;
  inventory: InventoryService;
  audit: AuditService;
  clock: Clock;
}

const refuse = (detail: string, path: string) => new DomainError('unprocessable', detail, { errors: [{ path, message: detail }] });

/**
 * What `quantity` more units of a line are worth, net of the line's discount. Counted on the
 * running total of returned units, so returning a line in parts adds up to the line exactly.
 */
export function returnedValue(line: { lineTotal: number; discount: number; quantity: number }, before: number, quantity: number): number {
  const net = line.lineTotal - line.discount;
  return Math.floor((net * (before + quantity)) / line.quantity) - Math.floor((net * before) / line.quantity);
}

/**
 * Records a return of some units of a completed order, in the caller's transaction (the order row
 * is locked): lines counted, money and points given back through payments, goods restocked with
 * `return` movements, tax per rate of what is refunded. Says whether every unit is now back.
 */
export async function recordReturn(tx: Db, ctx: RequestContext, row: OrderRow, input: ReturnInput, store: StoreSettings, deps: ReturnDeps): Promise<{ ret: OrderReturn; allReturned: boolean; skus: string[] }> {
  if (row.status !== 'completed') throw new DomainError('invalid_transition', `Order ${row.number} is ${row.status}; only completed orders take returns`);
  const lines = await ordersRepo.lines(tx, [row.id]);
  const bySku = new Map(lines.map((l) => [l.sku, l]));
  const wanted = new Map<string, number>();
  input.items.forEach((it, i) => {
    const line = bySku.get(it.sku);
    if (!line) throw refuse(`SKU ${it.sku} is not in order ${row.number}`, `items/${i}/sku`);
    const total = (wanted.get(it.sku) ?? 0) + it.quantity;
    const left = line.quantity - (line.returned_quantity ?? 0);
    if (total > left) throw refuse(`${it.sku}: ${total} cannot be returned, only ${left} of ${line.quantity} bought ${left === 1 ? 'is' : 'are'} left`, `items/${i}/quantity`);
    wanted.set(it.sku, total);
  });

  const shippingAmount = input.refundShipping ? row.shipping_fee - (row.shipping_discount ?? 0) : 0;
  if (input.refundShipping && row.shipping_refunded) throw refuse(`The shipping fee of order ${row.number} was refunded already`, 'refundShipping');

  const items = [...wanted].map(([sku, quantity]) => {
    const l = bySku.get(sku) as LineRow;
    return { sku, quantity, amount: returnedValue({ lineTotal: l.line_total, discount: l.discount ?? 0, quantity: l.quantity }, l.returned_quantity ?? 0, quantity), rate: l.tax_rate ?? 0.1, productId: l.product_id };
  });
  const rules = taxRulesOf(store);
  const amounts = items.map((i) => ({ rate: i.rate, amount: i.amount }));
  if (shippingAmount > 0) amounts.push({ rate: rules.rates.standard, amount: shippingAmount });
  const taxes = taxByRate(amounts, rules);
  const goods = amounts.reduce((s, a) => s + a.amount, 0);
  const refundAmount = goods + (rules.pricesIncludeTax ? 0 : taxes.reduce((s, t) => s + t.tax, 0));

  for (const it of items) {
    if (!(await repo.addReturned(tx, row.id, it.sku, it.quantity))) throw refuse(`${it.sku} was returned meanwhile; reload the order`, 'items');
  }
  const { moneyRefunded, pointsReturned } = await deps.payments.onOrderReturned(tx, ctx, {
    orderId: row.id,
    userId: row.user_id,
    refundAmount,
    returnedBefore: row.refunded_total ?? 0,
    grossValue: row.total + row.points_redeemed,
  });
  const stockLines: StockLine[] = items.map((i) => ({ sku: i.sku, quantity: i.quantity, productId: i.productId }));
  if (input.restock) await deps.inventory.returnGoods(tx, stockLines, { orderId: row.id, actor: ctx.actor });

  const now = deps.clock.now();
  const record: ReturnRow = {
    id: uuidv7(),
    order_id: row.id,
    items: items.map(({ sku, quantity, amount }) => ({ sku, quantity, amount })),
    refund_amount: refundAmount,
    shipping_amount: shippingAmount,
    money_refunded: moneyRefunded,
    points_returned: pointsReturned,
    taxes,
    restock: input.restock,
    note: input.note ?? null,
    actor_type: ctx.actor.type,
    actor_id: ctx.actor.id,
    created_at: now,
  };
  await repo.insert(tx, record);
  await repo.addRefunded(tx, row.id, refundAmount, shippingAmount > 0);
  await ordersRepo.insertEvent(tx, { id: uuidv7(), order_id: row.id, type: 'returned', from_status: null, to_status: null, actor_type: ctx.actor.type, actor_id: ctx.actor.id, note: input.note ?? null, created_at: now });
  const ret = toReturn(record);
  await recordEvent(tx, { type: 'order.returned', aggregateType: 'order', aggregateId: row.id, data: { number: row.number, userId: row.user_id, ...ret } });
  await deps.audit.record(tx, ctx, { action: 'order.returned', entityType: 'order', entityId: row.id, before: { refundedTotal: row.refunded_total ?? 0 }, after: ret });

  const after = await ordersRepo.lines(tx, [row.id]);
  return { ret, allReturned: after.every((l) => (l.returned_quantity ?? 0) >= l.quantity), skus: input.restock ? items.map((i) => i.sku) : [] };
}
