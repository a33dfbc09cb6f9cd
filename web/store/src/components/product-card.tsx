import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMoney } from '../lib/money';
import type { ProductSummary } from '../lib/types';
import { TaxNote } from './price';

export function PriceRange({ min, max }: { min: number; max: number }) {
  const money = useMoney();
  return (
    <>
      {min === max ? money(min) : `${money(min)} – ${money(max)}`}
      <TaxNote />
    </>
  );
}

/** Grid cells are about half the phone's width, a third or a quarter on wider screens. */
const CARD_SIZES = '(min-width: 1024px) 16rem, (min-width: 640px) 33vw, 50vw';

export function ProductCard({ product, eager = false }: { product: ProductSummary; eager?: boolean }) {
  const { t } = useTranslation('shop');
  return (
    <li className="group relative flex flex-col overflow-hidden rounded-xl border border-slate-200 bg-white">
      <div className="aspect-square bg-slate-100">
        {product.image ? (
          <img
            src={product.image.thumbUrl || product.image.url}
            srcSet={product.image.srcset}
            sizes={product.image.srcset ? CARD_SIZES : undefined}
            alt=""
            // The first row is what a phone shows at once: fetched right away, the rest when scrolled to.
            loading={eager ? 'eager' : 'lazy'}
            fetchPriority={eager ? 'high' : undefined}
            decoding="async"
            width={product.image.width ?? 400}
            height={product.image.height ?? 400}
            className="size-full object-cover transition-transform group-hover:scale-[1.02]"
          />
        ) : (
          <div aria-hidden="true" className="flex size-full items-center justify-center text-3xl text-slate-300">◇</div>
        )}
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3">
        <h3 className="line-clamp-2 text-sm font-medium text-slate-900">
          <Link to={`/products/${product.slug}`} className="after:absolute after:inset-0 focus-visible:outline-none after:focus-visible:outline-2 after:focus-visible:outline-indigo-600 after:rounded-xl">
            {product.title}
          </Link>
        </h3>
        <p className="mt-auto text-sm font-semibold text-slate-900">
          <PriceRange min={product.priceMin} max={product.priceMax} />
        </p>
        {!product.inStock ? <p className="text-xs font-medium text-red-700">{t('stock.soldOut')}</p> : null}
      </div>
    </li>
  );
}

export function ProductGrid({ products, label, eager = 0 }: { products: ProductSummary[]; label?: string; eager?: number }) {
  return (
    <ul aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4">
      {products.map((p, i) => (
        <ProductCard key={p.id} product={p} eager={i < eager} />
      ))}
    </ul>
  );
}
