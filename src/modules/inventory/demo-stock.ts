import { createHash } from 'node:crypto';
import { systemContext } from '../../platform/http/access';
import type { InventoryService } from './service';

/**
 * Believable stock for demo SKUs: mostly 8–60 units, some at or below the low-stock threshold,
 * a few sold out. Deterministic per SKU (same numbers on every fresh demo) and written through
 * the service, so every unit has its ledger row. SKUs that already have stock are left alone.
 */
export function demoOnHand(sku: string): number {
  const h = createHash('sha256').update(sku).digest().readUInt32BE(0);
  const bucket = h % 20;
  if (bucket === 0) return 0; // sold out
  if (bucket <= 3) return 1 + (h % 4); // low stock
  return 8 + (h % 53);
}

export async function seedDemoStock(inventory: InventoryService, skus: string[]): Promise<number> {
  let seeded = 0;
  const records = await Promise.all(skus.map((sku) => inventory.get(sku).catch(() => null)));
  for (const [i, sku] of skus.entries()) {
    const rec = records[i];
    if (!rec || rec.onHand > 0 || rec.reserved > 0) continue;
    const onHand = demoOnHand(sku);
    if (onHand === 0) continue;
    await inventory.adjust(systemContext(), sku, { delta: onHand, reason: 'restock', note: 'Demo stock' });
    seeded++;
  }
  return seeded;
}
