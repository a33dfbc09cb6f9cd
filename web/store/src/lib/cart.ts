import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export interface CartLine {
  sku: string;
  slug: string;
  title: string;
  options: Record<string, string>;
  /** Unit price when added; the cart page shows the live price from the catalog. */
  price: number;
  thumbUrl: string | null;
  quantity: number;
}

/** Most of one line a customer can order at once, whatever the stock. */
export const MAX_LINE_QUANTITY = 99;

interface CartState {
  lines: CartLine[];
  /** Adds `line.quantity`, capped at `available`; returns the quantity actually added. */
  add: (line: CartLine, available: number) => number;
  setQuantity: (sku: string, quantity: number) => void;
  remove: (sku: string) => void;
  clear: () => void;
}

export const CART_STORAGE_KEY = 'inventra-store-cart';

export const useCart = create<CartState>()(
  persist(
    (set, get) => ({
      lines: [],
      add: (line, available) => {
        const existing = get().lines.find((l) => l.sku === line.sku);
        const have = existing?.quantity ?? 0;
        const cap = Math.min(available, MAX_LINE_QUANTITY);
        const added = Math.max(0, Math.min(line.quantity, cap - have));
        if (added === 0) return 0;
        set({
          lines: existing
            ? get().lines.map((l) => (l.sku === line.sku ? { ...line, quantity: have + added } : l))
            : [...get().lines, { ...line, quantity: added }],
        });
        return added;
      },
      setQuantity: (sku, quantity) =>
        set({
          lines: get()
            .lines.map((l) => (l.sku === sku ? { ...l, quantity: Math.min(Math.max(0, Math.floor(quantity)), MAX_LINE_QUANTITY) } : l))
            .filter((l) => l.quantity > 0),
        }),
      remove: (sku) => set({ lines: get().lines.filter((l) => l.sku !== sku) }),
      clear: () => set({ lines: [] }),
    }),
    { name: CART_STORAGE_KEY, version: 1, partialize: ({ lines }) => ({ lines }) },
  ),
);

export const useCartCount = () => useCart((s) => s.lines.reduce((n, l) => n + l.quantity, 0));
