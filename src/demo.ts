import type { Db } from './platform/db/database';
import { type RequestContext, systemContext } from './platform/core/context';
import type { InventoryService } from './modules/inventory/index';
import { type MediaStore, type CatalogService, type ProductInput } from './modules/catalog/index';
import { seedDemoDelivery, type DeliveryService } from './modules/delivery/index';
import type { SettingsService } from './modules/settings/index';

/**
 * The demo shop `npm start` shows on an empty database: nested categories, 40+ products with
 * sizes and colours, generated images, all published, with stock. Other modules add their parts
 * (delivery zones and slots) as further `loadDemo…` steps called from `loadDemo`.
 */

/** What the demo loader needs: the composition root's services (other modules' demo parts add theirs). */
export interface DemoTarget {
  db: Db;
  services: { catalog: CatalogService; media: MediaStore; inventory: Pick<InventoryService, 'setOnHandMany' | 'forget'>; delivery?: DeliveryService; settings?: Pick<SettingsService, 'get'> };
}

type Art = 'shirt' | 'hoodie' | 'cap' | 'socks' | 'mug' | 'bowl' | 'towel' | 'candle' | 'cushion' | 'beans' | 'tea' | 'jar' | 'bag';

interface DemoProduct {
  title: string;
  category: string;
  description: string;
  tags: string[];
  price: number;
  compareAtPrice?: number;
  sizes?: string[];
  colors?: string[];
  art: Art;
  weightGrams: number;
}

const CATEGORIES: { name: string; slug: string; parent?: string }[] = [
  { name: 'Apparel', slug: 'apparel' },
  { name: 'Tops', slug: 'tops', parent: 'apparel' },
  { name: 'Accessories', slug: 'accessories', parent: 'apparel' },
  { name: 'Home', slug: 'home' },
  { name: 'Kitchen', slug: 'kitchen', parent: 'home' },
  { name: 'Living', slug: 'living', parent: 'home' },
  { name: 'Food & Drink', slug: 'food' },
  { name: 'Coffee & Tea', slug: 'coffee-tea', parent: 'food' },
  { name: 'Pantry', slug: 'pantry', parent: 'food' },
];

const COLOR_HEX: Record<string, string> = {
  red: '#c0392b', navy: '#1f3a5f', black: '#222222', white: '#f4f1ea', olive: '#6b7a3a', sand: '#d8c3a0',
  grey: '#8a8d91', indigo: '#3f4a8a', mustard: '#d4a017', sage: '#9caf88', terracotta: '#c56a45', cream: '#efe6d2',
};

const APPAREL_SIZES = ['S', 'M', 'L', 'XL'];

const PRODUCTS: DemoProduct[] = [
  { title: 'Organic Cotton T-shirt', category: 'tops', art: 'shirt', price: 2900, sizes: APPAREL_SIZES, colors: ['white', 'black', 'navy'], tags: ['cotton', 'organic', 'basics'], weightGrams: 180, description: 'A heavyweight organic cotton tee with a relaxed fit. Garment-dyed, pre-shrunk, made to be worn every day.' },
  { title: 'Pocket T-shirt', category: 'tops', art: 'shirt', price: 3200, sizes: APPAREL_SIZES, colors: ['sand', 'olive'], tags: ['cotton', 'pocket'], weightGrams: 190, description: 'Our classic tee with a chest pocket, in slub cotton that softens with every wash.' },
  { title: 'Linen Camp Shirt', category: 'tops', art: 'shirt', price: 8900, compareAtPrice: 9900, sizes: APPAREL_SIZES, colors: ['cream', 'sage'], tags: ['linen', 'summer'], weightGrams: 240, description: 'A breezy camp-collar shirt in washed European linen. Boxy cut, coconut buttons.' },
  { title: 'Long Sleeve Waffle Tee', category: 'tops', art: 'shirt', price: 4600, sizes: APPAREL_SIZES, colors: ['grey', 'cream'], tags: ['waffle', 'layering'], weightGrams: 260, description: 'Waffle-knit cotton for cool mornings, with ribbed cuffs and a crew neck.' },
  { title: 'Heavyweight Hoodie', category: 'tops', art: 'hoodie', price: 11800, sizes: APPAREL_SIZES, colors: ['grey', 'black', 'olive'], tags: ['fleece', 'winter'], weightGrams: 720, description: 'Loopback French terry hoodie with a double-layer hood and kangaroo pocket.' },
  { title: 'Merino Crew Sweater', category: 'tops', art: 'hoodie', price: 14800, compareAtPrice: 16800, sizes: APPAREL_SIZES, colors: ['navy', 'mustard'], tags: ['merino', 'wool', 'knit'], weightGrams: 380, description: 'Fine-gauge extra-fine merino, warm without bulk and naturally odour resistant.' },
  { title: 'Fleece Zip Jacket', category: 'tops', art: 'hoodie', price: 12800, sizes: APPAREL_SIZES, colors: ['sand', 'indigo'], tags: ['fleece', 'outdoor'], weightGrams: 520, description: 'Recycled polyester fleece with a full zip, stand collar and zipped hand pockets.' },
  { title: 'Indigo Chambray Shirt', category: 'tops', art: 'shirt', price: 9800, sizes: APPAREL_SIZES, colors: ['indigo'], tags: ['chambray', 'denim'], weightGrams: 300, description: 'Rope-dyed indigo chambray that fades beautifully. Button-down collar.' },
  { title: 'Striped Boat Neck Top', category: 'tops', art: 'shirt', price: 5400, sizes: ['S', 'M', 'L'], colors: ['navy', 'red'], tags: ['stripes', 'breton'], weightGrams: 230, description: 'A Breton-style striped top in dense cotton jersey.' },
  { title: 'Canvas Baseball Cap', category: 'accessories', art: 'cap', price: 3800, colors: ['navy', 'olive', 'sand'], tags: ['cap', 'canvas'], weightGrams: 90, description: 'Six-panel washed canvas cap with a brass buckle strap.' },
  { title: 'Wool Beanie', category: 'accessories', art: 'cap', price: 3400, colors: ['mustard', 'grey', 'black'], tags: ['wool', 'winter', 'knit'], weightGrams: 80, description: 'A ribbed lambswool beanie with a deep turn-up.' },
  { title: 'Everyday Crew Socks (3 pairs)', category: 'accessories', art: 'socks', price: 2400, sizes: ['S', 'M', 'L'], colors: ['white', 'black'], tags: ['socks', 'cotton'], weightGrams: 150, description: 'Combed cotton socks with a cushioned sole and reinforced heel, three pairs.' },
  { title: 'Merino Hiking Socks', category: 'accessories', art: 'socks', price: 2800, sizes: ['S', 'M', 'L'], colors: ['grey', 'olive'], tags: ['merino', 'outdoor', 'socks'], weightGrams: 90, description: 'Mid-weight merino socks for long days on the trail.' },
  { title: 'Canvas Tote Bag', category: 'accessories', art: 'bag', price: 2600, colors: ['cream', 'black'], tags: ['tote', 'canvas', 'bag'], weightGrams: 300, description: 'A sturdy 12 oz canvas tote with an inside pocket. Carries a week of groceries.' },
  { title: 'Waxed Canvas Backpack', category: 'accessories', art: 'bag', price: 16800, compareAtPrice: 18800, colors: ['olive', 'navy'], tags: ['backpack', 'waxed'], weightGrams: 1100, description: 'Water-resistant waxed canvas with leather trims and a padded laptop sleeve.' },
  { title: 'Cashmere Scarf', category: 'accessories', art: 'towel', price: 15800, colors: ['grey', 'terracotta'], tags: ['cashmere', 'winter', 'scarf'], weightGrams: 160, description: 'Woven cashmere scarf, brushed for softness, finished with short fringes.' },
  { title: 'Stoneware Mug', category: 'kitchen', art: 'mug', price: 2200, colors: ['white', 'sage', 'terracotta'], tags: ['mug', 'ceramic', 'stoneware'], weightGrams: 350, description: 'Wheel-thrown stoneware mug (350 ml) with a satin glaze. Dishwasher safe.' },
  { title: 'Espresso Cup Set', category: 'kitchen', art: 'mug', price: 3600, colors: ['black', 'white'], tags: ['espresso', 'ceramic', 'coffee'], weightGrams: 420, description: 'Two porcelain espresso cups (80 ml) with saucers.' },
  { title: 'Cast Iron Teapot', category: 'kitchen', art: 'jar', price: 8800, colors: ['black'], tags: ['teapot', 'cast iron', 'tea'], weightGrams: 1400, description: 'Traditional tetsubin-style teapot with an enamelled interior and stainless infuser.' },
  { title: 'Ceramic Rice Bowl', category: 'kitchen', art: 'bowl', price: 1800, colors: ['cream', 'indigo'], tags: ['bowl', 'ceramic'], weightGrams: 280, description: 'A hand-glazed rice bowl that stacks neatly.' },
  { title: 'Serving Bowl', category: 'kitchen', art: 'bowl', price: 4800, colors: ['sage', 'white'], tags: ['bowl', 'serving', 'stoneware'], weightGrams: 900, description: 'A generous 24 cm stoneware bowl for salads and noodles.' },
  { title: 'Dinner Plate', category: 'kitchen', art: 'bowl', price: 2600, colors: ['white', 'sand'], tags: ['plate', 'stoneware'], weightGrams: 600, description: 'A 27 cm stoneware dinner plate with a raw clay rim.' },
  { title: 'Linen Tea Towel', category: 'kitchen', art: 'towel', price: 1600, colors: ['sage', 'red', 'cream'], tags: ['linen', 'towel', 'kitchen'], weightGrams: 90, description: 'Absorbent stonewashed linen, quick to dry, with a hanging loop.' },
  { title: 'Olive Wood Cutting Board', category: 'kitchen', art: 'towel', price: 5800, colors: ['sand'], tags: ['wood', 'board'], weightGrams: 1200, description: 'Each board is cut from a single piece of olive wood, so no two are alike.' },
  { title: 'Glass Storage Jar', category: 'kitchen', art: 'jar', price: 1400, sizes: ['500 ml', '1 l'], colors: ['white'], tags: ['jar', 'glass', 'storage'], weightGrams: 450, description: 'Borosilicate jar with a bamboo lid and silicone seal.' },
  { title: 'Waffle Bath Towel', category: 'living', art: 'towel', price: 4200, colors: ['white', 'sand', 'grey'], tags: ['towel', 'cotton', 'bath'], weightGrams: 600, description: 'Light, fast-drying waffle-weave cotton towel.' },
  { title: 'Wool Throw Blanket', category: 'living', art: 'towel', price: 12800, compareAtPrice: 14800, colors: ['mustard', 'grey'], tags: ['blanket', 'wool', 'throw'], weightGrams: 1300, description: 'A herringbone throw woven from undyed and dyed lambswool.' },
  { title: 'Linen Cushion Cover', category: 'living', art: 'cushion', price: 3600, colors: ['terracotta', 'sage', 'cream'], tags: ['cushion', 'linen'], weightGrams: 200, description: '45 × 45 cm washed linen cover with a hidden zip.' },
  { title: 'Velvet Cushion', category: 'living', art: 'cushion', price: 5200, colors: ['navy', 'mustard'], tags: ['cushion', 'velvet'], weightGrams: 650, description: 'Cotton velvet cushion with a feather filling.' },
  { title: 'Soy Wax Candle', category: 'living', art: 'candle', price: 3200, sizes: ['200 g', '400 g'], colors: ['cream'], tags: ['candle', 'soy', 'fragrance'], weightGrams: 300, description: 'Hand-poured soy candle scented with hinoki and yuzu. 45 hours burn time.' },
  { title: 'Beeswax Taper Candles', category: 'living', art: 'candle', price: 2400, colors: ['cream', 'terracotta'], tags: ['candle', 'beeswax'], weightGrams: 200, description: 'Two slow-burning pure beeswax tapers.' },
  { title: 'Woven Storage Basket', category: 'living', art: 'bag', price: 6400, colors: ['sand'], tags: ['basket', 'storage'], weightGrams: 700, description: 'Hand-woven seagrass basket for blankets, toys or laundry.' },
  { title: 'Single Origin Coffee Beans', category: 'coffee-tea', art: 'beans', price: 1900, sizes: ['200 g', '500 g'], colors: ['black'], tags: ['coffee', 'beans', 'ethiopia'], weightGrams: 220, description: 'Washed Ethiopian Yirgacheffe: jasmine, bergamot and stone fruit. Roasted weekly.' },
  { title: 'House Espresso Blend', category: 'coffee-tea', art: 'beans', price: 1700, sizes: ['200 g', '500 g', '1 kg'], colors: ['black'], tags: ['coffee', 'espresso', 'blend'], weightGrams: 220, description: 'Brazil and Colombia for chocolate, caramel and a long finish.' },
  { title: 'Decaf Colombia', category: 'coffee-tea', art: 'beans', price: 1800, sizes: ['200 g'], colors: ['black'], tags: ['coffee', 'decaf'], weightGrams: 220, description: 'Sugar-cane processed decaf that still tastes like coffee.' },
  { title: 'Sencha Green Tea', category: 'coffee-tea', art: 'tea', price: 1600, sizes: ['50 g', '100 g'], colors: ['sage'], tags: ['tea', 'green tea', 'japan'], weightGrams: 60, description: 'First-flush sencha from Shizuoka, steamed and rolled: grassy and sweet.' },
  { title: 'Hojicha Roasted Tea', category: 'coffee-tea', art: 'tea', price: 1400, sizes: ['50 g', '100 g'], colors: ['terracotta'], tags: ['tea', 'hojicha', 'japan'], weightGrams: 60, description: 'Roasted green tea with toasty, caramel notes and little caffeine.' },
  { title: 'Ceremonial Matcha', category: 'coffee-tea', art: 'tea', price: 3800, compareAtPrice: 4200, sizes: ['30 g'], colors: ['sage'], tags: ['tea', 'matcha', 'japan'], weightGrams: 40, description: 'Stone-ground tencha from Uji for whisking. Vivid green, creamy, umami.' },
  { title: 'Earl Grey Loose Leaf', category: 'coffee-tea', art: 'tea', price: 1500, sizes: ['100 g'], colors: ['navy'], tags: ['tea', 'black tea'], weightGrams: 110, description: 'Assam and Ceylon scented with real bergamot oil.' },
  { title: 'Wildflower Honey', category: 'pantry', art: 'jar', price: 2200, sizes: ['250 g', '500 g'], colors: ['mustard'], tags: ['honey', 'raw'], weightGrams: 300, description: 'Raw, unfiltered honey from hives in the Nagano hills.' },
  { title: 'Toasted Granola', category: 'pantry', art: 'jar', price: 1300, sizes: ['400 g'], colors: ['sand'], tags: ['granola', 'breakfast'], weightGrams: 420, description: 'Oats, almonds and coconut baked with maple syrup. Small batches.' },
  { title: 'Extra Virgin Olive Oil', category: 'pantry', art: 'jar', price: 2800, sizes: ['500 ml'], colors: ['olive'], tags: ['olive oil', 'oil'], weightGrams: 900, description: 'Early-harvest Koroneiki olive oil: peppery and green.' },
  { title: 'Yuzu Marmalade', category: 'pantry', art: 'jar', price: 1200, sizes: ['220 g'], colors: ['mustard'], tags: ['jam', 'yuzu', 'citrus'], weightGrams: 300, description: 'Bittersweet marmalade made with whole Kochi yuzu.' },
  { title: 'Sea Salt Flakes', category: 'pantry', art: 'jar', price: 900, sizes: ['100 g'], colors: ['white'], tags: ['salt', 'seasoning'], weightGrams: 130, description: 'Pyramid salt flakes harvested from the Seto Inland Sea.' },
  { title: 'Dark Chocolate Bar 70%', category: 'pantry', art: 'jar', price: 800, colors: ['black'], tags: ['chocolate', 'bean to bar'], weightGrams: 60, description: 'Bean-to-bar chocolate from Vietnamese cacao with notes of red fruit.' },
];

/** Simple flat art per kind of product, drawn in the product's colour (rendered by sharp). */
function artSvg(art: Art, color: string, accent: string): string {
  const shapes: Record<Art, string> = {
    shirt: `<path d="M250 170 L330 140 Q400 190 470 140 L550 170 L640 260 L580 320 L540 290 L540 640 L260 640 L260 290 L220 320 L160 260 Z" fill="${color}"/>`,
    hoodie: `<path d="M250 200 Q400 90 550 200 L640 300 L580 350 L540 320 L540 650 L260 650 L260 320 L220 350 L160 300 Z" fill="${color}"/><path d="M330 200 Q400 290 470 200" stroke="${accent}" stroke-width="14" fill="none"/>`,
    cap: `<path d="M220 470 Q230 250 400 240 Q570 250 580 470 Z" fill="${color}"/><rect x="200" y="460" width="470" height="50" rx="25" fill="${color}"/><circle cx="400" cy="245" r="16" fill="${accent}"/>`,
    socks: `<path d="M320 150 L450 150 L450 480 Q450 600 330 620 L250 630 Q200 580 250 540 L320 510 Z" fill="${color}"/><rect x="320" y="150" width="130" height="50" fill="${accent}"/>`,
    mug: `<rect x="230" y="250" width="280" height="330" rx="30" fill="${color}"/><path d="M510 320 Q610 320 610 410 Q610 500 510 500" stroke="${color}" stroke-width="40" fill="none"/>`,
    bowl: `<path d="M170 380 L630 380 Q610 600 400 610 Q190 600 170 380 Z" fill="${color}"/><ellipse cx="400" cy="380" rx="230" ry="40" fill="${accent}"/>`,
    towel: `<rect x="220" y="170" width="360" height="460" rx="16" fill="${color}"/><rect x="220" y="540" width="360" height="30" fill="${accent}"/><rect x="220" y="230" width="360" height="30" fill="${accent}"/>`,
    candle: `<rect x="280" y="300" width="240" height="300" rx="20" fill="${color}"/><path d="M400 180 Q440 240 400 280 Q360 240 400 180 Z" fill="#f5a623"/><rect x="395" y="270" width="10" height="35" fill="#333"/>`,
    cushion: `<path d="M200 220 Q400 170 600 220 Q650 400 600 580 Q400 630 200 580 Q150 400 200 220 Z" fill="${color}"/><circle cx="400" cy="400" r="18" fill="${accent}"/>`,
    beans: `<rect x="260" y="170" width="280" height="450" rx="24" fill="${color}"/><ellipse cx="400" cy="390" rx="70" ry="100" fill="${accent}"/><path d="M400 295 Q370 390 400 485" stroke="${color}" stroke-width="12" fill="none"/>`,
    tea: `<rect x="270" y="220" width="260" height="380" rx="20" fill="${color}"/><path d="M400 300 Q480 360 400 480 Q320 360 400 300 Z" fill="${accent}"/>`,
    jar: `<rect x="280" y="190" width="240" height="60" rx="12" fill="${accent}"/><rect x="250" y="240" width="300" height="380" rx="50" fill="${color}"/><rect x="300" y="360" width="200" height="120" rx="12" fill="${accent}" opacity="0.85"/>`,
    bag: `<path d="M300 300 Q300 180 400 180 Q500 180 500 300" stroke="${accent}" stroke-width="22" fill="none"/><rect x="220" y="290" width="360" height="340" rx="18" fill="${color}"/>`,
  };
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fbf8f3"/><stop offset="1" stop-color="#ece5d8"/></linearGradient></defs>
  <rect width="800" height="800" fill="url(#bg)"/><ellipse cx="400" cy="690" rx="260" ry="28" fill="#000" opacity="0.08"/>${shapes[art]}</svg>`;
}

async function demoImage(art: Art, colorName: string): Promise<Buffer> {
  const color = COLOR_HEX[colorName] ?? '#888888';
  const accent = colorName === 'white' || colorName === 'cream' ? '#c9b99a' : '#ffffff';
  const sharp = (await import('sharp')).default; // only when the demo catalog is loaded
  return sharp(Buffer.from(artSvg(art, color, accent))).png().toBuffer();
}

function skuBase(title: string): string {
  return title.replace(/[^A-Za-z0-9 ]/g, '').split(/\s+/).filter(Boolean).map((w) => w.slice(0, 3).toUpperCase()).join('').slice(0, 12);
}

/** Categories, products, variants and images, all published. Returns the SKUs it created. */
export async function loadDemoCatalog(inventra: DemoTarget, ctx: RequestContext = systemContext('demo')): Promise<{ skus: string[]; products: number }> {
  const { catalog, media } = inventra.services;
  const ids = new Map<string, string>();
  for (const [i, c] of CATEGORIES.entries()) {
    const created = await catalog.createCategory(ctx, { name: c.name, slug: c.slug, parentId: c.parent ? ids.get(c.parent)! : null, position: i });
    ids.set(c.slug, created.id);
  }
  const skus: string[] = [];
  for (const p of PRODUCTS) {
    const base = skuBase(p.title);
    const colors = p.colors ?? ['default'];
    const sizes = p.sizes ?? [null];
    const variants: ProductInput['variants'] = [];
    for (const color of colors) {
      for (const [si, size] of sizes.entries()) {
        const options: Record<string, string> = {};
        if (size) options.size = size;
        if (color !== 'default' && colors.length > 1) options.color = color;
        const sku = [base, color !== 'default' && colors.length > 1 ? color.slice(0, 3).toUpperCase() : null, size ? size.replace(/\s+/g, '').toUpperCase() : null].filter(Boolean).join('-');
        // Bigger sizes of food and candles cost more; apparel sizes cost the same.
        const price = p.category === 'tops' || p.category === 'accessories' ? p.price : Math.round((p.price * (1 + si * 0.8)) / 100) * 100;
        variants.push({ sku, price, compareAtPrice: p.compareAtPrice ?? null, options, weightGrams: p.weightGrams });
        skus.push(sku);
      }
    }
    const product = await catalog.createProduct(ctx, { title: p.title, description: p.description, categoryId: ids.get(p.category)!, tags: p.tags, attributes: {}, variants });
    for (const color of colors.slice(0, 2)) {
      const stored = await media.store(await demoImage(p.art, color === 'default' ? 'sand' : color));
      const image = await catalog.addImage(ctx, product.id, stored, `${p.title}${color !== 'default' ? ` in ${color}` : ''}`);
      // The storefront shows this picture when the shopper picks its colour.
      if (colors.length > 1) await catalog.updateImage(ctx, product.id, image.id, { options: { color } });
    }
    await catalog.transition(ctx, product.id, 'publish');
  }
  return { skus, products: PRODUCTS.length };
}

/** Stock for the demo SKUs: most well stocked, a few low or sold out so the shop looks real. */
export async function loadDemoStock(inventra: DemoTarget, skus: string[], ctx: RequestContext = systemContext('demo')): Promise<void> {
  const { inventory } = inventra.services;
  const { db } = inventra;
  const counts = skus.map((sku, i) => ({ sku, onHand: i % 17 === 5 ? 0 : i % 11 === 3 ? 3 : 20 + ((i * 13) % 60) })).filter((c) => c.onHand > 0);
  await db.transaction().execute((tx) => inventory.setOnHandMany(tx, ctx, counts));
  await inventory.forget(counts.map((c) => c.sku));
}

/** Loads the whole demo when the catalog is empty; safe to call on every start. */
export async function loadDemo(inventra: DemoTarget): Promise<boolean> {
  if (!(await inventra.services.catalog.isEmpty())) return false;
  const { skus } = await loadDemoCatalog(inventra);
  await loadDemoStock(inventra, skus);
  await loadDemoDelivery(inventra);
  return true;
}

/** Delivery zones (Tokyo central same-day, the 23 wards, Yokohama, Osaka) and a week of slots. */
export async function loadDemoDelivery(inventra: DemoTarget, ctx: RequestContext = systemContext('demo')): Promise<void> {
  const { delivery, settings } = inventra.services;
  if (!delivery) return;
  const timeZone = settings ? (await settings.get()).timeZone : 'Asia/Tokyo';
  await seedDemoDelivery(delivery, ctx, { now: new Date(), timeZone });
}
