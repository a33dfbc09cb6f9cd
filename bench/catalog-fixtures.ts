/** Believable, deterministic product data for catalog benchmarks (no randomness between runs). */
const ADJ = ['Organic', 'Classic', 'Slim', 'Relaxed', 'Vintage', 'Everyday', 'Premium', 'Soft', 'Light', 'Heavy', 'Linen', 'Wool', 'Bamboo', 'Ceramic', 'Recycled', 'Handmade'];
const NOUN = ['T-shirt', 'Hoodie', 'Sweater', 'Jacket', 'Mug', 'Teapot', 'Towel', 'Blanket', 'Cushion', 'Tote bag', 'Cap', 'Socks', 'Scarf', 'Candle', 'Notebook', 'Bowl', 'Plate', 'Coffee beans', 'Green tea', 'Granola'];
const COLORS = ['red', 'navy', 'black', 'white', 'olive', 'sand'];
const SIZES = ['S', 'M', 'L'];

export interface FakeProduct {
  slug: string;
  title: string;
  description: string;
  tags: string[];
  variants: { sku: string; price: number; options: Record<string, string> }[];
}

export function fakeProduct(i: number, variants = 2): FakeProduct {
  const title = `${ADJ[i % ADJ.length]} ${NOUN[Math.floor(i / ADJ.length) % NOUN.length]} ${i}`;
  const color = COLORS[i % COLORS.length];
  return {
    slug: `bench-${i}`,
    title,
    description: `A ${title.toLowerCase()} in ${color}, made to last. Item number ${i}.`,
    tags: [NOUN[Math.floor(i / ADJ.length) % NOUN.length].toLowerCase(), color],
    variants: Array.from({ length: variants }, (_, v) => ({
      sku: `B${i}-${SIZES[v % SIZES.length]}`,
      price: 500 + ((i * 37) % 80) * 100 + v * 100,
      options: { size: SIZES[v % SIZES.length], color },
    })),
  };
}

/** `rows` CSV lines (one per variant, 2 variants a product) in the import format. */
export function fakeCatalogCsv(rows: number): string {
  const lines = ['slug,title,description,category,status,sku,price,compare_at_price,option_size,option_color,stock'];
  for (let i = 0; lines.length <= rows; i++) {
    const p = fakeProduct(i);
    for (const v of p.variants) {
      if (lines.length > rows) break;
      lines.push([p.slug, p.title, `"${p.description}"`, '', 'published', v.sku, v.price, '', v.options.size, v.options.color, 10].join(','));
    }
  }
  return lines.join('\n') + '\n';
}
