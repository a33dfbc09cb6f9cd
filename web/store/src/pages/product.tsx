import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { TaxNote } from '../components/price';
import { usePageTitle } from '../lib/page-title';
import { QuantityInput } from '../components/quantity-input';
import { StockStatus } from '../components/stock-status';
import { Alert, Button, Empty, ErrorAlert, Loading } from '../components/ui';
import { isApiError } from '../lib/api';
import { useCart } from '../lib/cart';
import { useMoney } from '../lib/money';
import { useProduct } from '../lib/queries';
import type { ProductDetail, ProductImage, StoreVariant } from '../lib/types';
import { useLiveInventory } from '../lib/use-live-inventory';
import { imageForOptions, matches, optionLabel, optionNames, optionValues, pickVariant, valueLabel, variantLabel } from '../lib/variants';

export default function ProductPage() {
  const { t } = useTranslation('shop');
  const { slug = '' } = useParams();
  const product = useProduct(slug);
  const live = useLiveInventory();
  const notFound = product.isError && isApiError(product.error) && product.error.status === 404;
  usePageTitle(product.data?.title ?? (notFound ? t('product.notFound') : undefined));

  if (product.isPending) return <Loading label={t('product.loading')} />;
  if (product.isError) {
    return notFound ? (
      <Empty title={t('product.notFound')} action={{ to: '/', label: t('backToShop') }}>{t('product.notFoundBody')}</Empty>
    ) : (
      <ErrorAlert error={product.error} retry={() => void product.refetch()} />
    );
  }
  return <ProductView key={product.data.id} product={product.data} live={live} />;
}

/** The main image fills the column: full phone width, half a wide screen. */
const MAIN_SIZES = '(min-width: 768px) 50vw, 100vw';

function Gallery({ images, title, selection }: { images: ProductImage[]; title: string; selection: Record<string, string> }) {
  const { t } = useTranslation('shop');
  // The picture of the chosen colour (an image linked to those option values) until a thumbnail is clicked.
  const forSelection = imageForOptions(images, selection);
  const [picked, setPicked] = useState<string | null>(null);
  const selectionKey = JSON.stringify(selection);
  useEffect(() => setPicked(null), [selectionKey]);
  const main = images.find((i) => i.id === picked) ?? forSelection ?? images[0];
  if (!main) {
    return <div aria-hidden="true" className="flex aspect-square items-center justify-center rounded-2xl bg-slate-100 text-5xl text-slate-300">◇</div>;
  }
  return (
    <div>
      <div className="overflow-hidden rounded-2xl bg-slate-100">
        {/* The largest paint of the page: fetched first, never lazy. */}
        <img
          src={main.url}
          srcSet={main.srcset}
          sizes={main.srcset ? MAIN_SIZES : undefined}
          alt={main.alt || title}
          width={main.width}
          height={main.height}
          loading="eager"
          fetchPriority="high"
          decoding="async"
          className="h-auto w-full object-contain"
          style={{ aspectRatio: main.width && main.height ? `${main.width} / ${main.height}` : '1 / 1' }}
        />
      </div>
      {images.length > 1 ? (
        <ul aria-label={t('product.images')} className="mt-3 flex gap-2 overflow-x-auto pb-1">
          {images.map((img, i) => (
            <li key={img.id} className="shrink-0">
              <button
                type="button"
                onClick={() => setPicked(img.id)}
                aria-label={t('product.showImage', { n: i + 1, total: images.length })}
                aria-pressed={img.id === main.id}
                className={`block size-16 overflow-hidden rounded-lg border-2 focus-visible:outline-2 focus-visible:outline-indigo-600 ${img.id === main.id ? 'border-slate-900' : 'border-transparent'}`}
              >
                <img src={img.thumbUrl || img.url} alt="" loading="lazy" decoding="async" width={64} height={64} className="size-full object-cover" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function OptionPicker({
  variants,
  name,
  selection,
  onPick,
}: {
  variants: StoreVariant[];
  name: string;
  selection: Record<string, string>;
  onPick: (value: string) => void;
}) {
  const { t } = useTranslation('shop');
  const others = Object.fromEntries(Object.entries(selection).filter(([k]) => k !== name));
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium">
        {optionLabel(name)}: <span className="font-normal text-slate-700">{selection[name] ? valueLabel(name, selection[name]) : t('product.chooseOne')}</span>
      </legend>
      <div className="flex flex-wrap gap-2">
        {optionValues(variants, name).map((value) => {
          const combos = variants.filter((v) => v.options?.[name] === value && matches(v, others));
          const soldOut = combos.length > 0 ? combos.every((v) => v.available <= 0) : variants.filter((v) => v.options?.[name] === value).every((v) => v.available <= 0);
          return (
            <label key={value} className="relative cursor-pointer">
              <input
                type="radio"
                name={`option-${name}`}
                value={value}
                checked={selection[name] === value}
                onChange={() => onPick(value)}
                className="peer absolute inset-0 z-10 size-full cursor-pointer appearance-none opacity-0"
              />
              <span
                className={`inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg border px-3 text-sm peer-checked:border-indigo-600 peer-checked:bg-indigo-600 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-indigo-600 ${soldOut ? 'border-dashed border-slate-300 text-slate-400 line-through' : 'border-slate-300 bg-white text-slate-900 hover:border-slate-500'}`}
              >
                {valueLabel(name, value)}
                {soldOut ? <span className="sr-only"> ({t('stock.soldOut')})</span> : null}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

function ProductView({ product, live }: { product: ProductDetail; live: boolean }) {
  const { t } = useTranslation('shop');
  const money = useMoney();
  const [params, setParams] = useSearchParams();
  const names = useMemo(() => optionNames(product.variants), [product.variants]);
  const initial =
    product.variants.find((v) => v.sku === params.get('variant')) ?? product.variants.find((v) => v.available > 0) ?? product.variants[0];
  const [selection, setSelection] = useState<Record<string, string>>(() => ({ ...(initial?.options ?? {}) }));
  const variant = product.variants.find((v) => names.every((n) => v.options?.[n] === selection[n]));
  const inCart = useCart((s) => s.lines.find((l) => l.sku === variant?.sku)?.quantity ?? 0);
  const add = useCart((s) => s.add);
  const [quantity, setQuantity] = useState(1);
  const [notice, setNotice] = useState<{ tone: 'success' | 'warning'; text: string } | null>(null);

  const available = variant?.available ?? 0;
  const canAdd = Math.max(0, available - inCart);

  useEffect(() => {
    if (quantity > Math.max(1, canAdd)) setQuantity(Math.max(1, canAdd));
  }, [canAdd, quantity]);

  const pick = (name: string, value: string) => {
    const exact = product.variants.find((v) => names.every((n) => v.options?.[n] === (n === name ? value : selection[n])));
    const next = exact ?? pickVariant(product.variants, selection, name, value);
    setSelection(next ? { ...next.options } : { ...selection, [name]: value });
    setNotice(null);
    if (next) {
      const p = new URLSearchParams(params);
      p.set('variant', next.sku);
      setParams(p, { replace: true, preventScrollReset: true });
    }
  };

  const addToCart = () => {
    if (!variant) return;
    const added = add(
      {
        sku: variant.sku,
        slug: product.slug,
        title: product.title,
        options: variant.options ?? {},
        price: variant.price,
        // The chosen variant's picture (the image linked to its colour), not simply the first.
        thumbUrl: imageForOptions(product.images ?? [], variant.options ?? {})?.thumbUrl ?? null,
        quantity,
      },
      available,
    );
    setNotice(
      added > 0
        ? { tone: 'success', text: t('product.added', { count: added, title: `${product.title}${names.length ? ` (${variantLabel(variant.options)})` : ''}` }) }
        : { tone: 'warning', text: t('product.allInCartNote', { count: available }) },
    );
    setQuantity(1);
  };

  const discount = variant?.compareAtPrice && variant.compareAtPrice > variant.price ? Math.round((1 - variant.price / variant.compareAtPrice) * 100) : 0;
  const attributes = Object.entries(product.attributes ?? {}).filter(([, v]) => v !== null && v !== '' && typeof v !== 'object');

  return (
    <article>
      <nav aria-label={t('breadcrumb')} className="mb-3 text-sm text-slate-600">
        <ol className="flex flex-wrap gap-1">
          <li><Link to="/" className="hover:underline">{t('home.link')}</Link></li>
          {product.category ? (
            <li><span aria-hidden="true">/ </span><Link to={`/c/${product.category.slug}`} className="hover:underline">{product.category.name}</Link></li>
          ) : null}
        </ol>
      </nav>
      <div className="grid gap-6 md:grid-cols-2 md:gap-10">
        <Gallery images={product.images ?? []} title={product.title} selection={selection} />
        <div className="space-y-5">
          <div>
            <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{product.title}</h1>
            {variant ? (
              <p className="mt-2 flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <span className="text-2xl font-semibold">
                  <span className="sr-only">{t('product.price')} </span>
                  {money(variant.price)}
                  <TaxNote className="ml-1 text-sm font-normal text-slate-600" />
                </span>
                {discount > 0 && variant.compareAtPrice ? (
                  <>
                    <s className="text-slate-600"><span className="sr-only">{t('product.was')} </span>{money(variant.compareAtPrice)}</s>
                    <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-800">{t('product.save', { discount })}</span>
                  </>
                ) : null}
              </p>
            ) : (
              <p className="mt-2 text-slate-600">{t('product.unavailableCombo')}</p>
            )}
          </div>

          {names.map((n) => (
            <OptionPicker key={n} variants={product.variants} name={n} selection={selection} onPick={(v) => pick(n, v)} />
          ))}

          <div className="flex items-center gap-3" aria-live="polite">
            {variant ? <StockStatus available={available} /> : null}
            {live ? <span className="text-xs text-slate-600" title={t('product.liveTitle')}>● {t('product.live')}</span> : null}
          </div>
          {inCart > 0 ? <p className="text-sm text-slate-600">{t('product.inCart', { count: inCart })}</p> : null}

          <div className="flex flex-wrap items-end gap-3">
            <QuantityInput value={quantity} onChange={setQuantity} max={Math.max(1, canAdd)} disabled={!variant || canAdd === 0} />
            <Button onClick={addToCart} disabled={!variant || canAdd === 0} className="flex-1 sm:flex-none sm:px-8">
              {!variant ? t('product.unavailable') : available <= 0 ? t('stock.soldOut') : canAdd === 0 ? t('product.allInCart') : t('product.addToCart')}
            </Button>
          </div>
          {notice ? (
            <Alert tone={notice.tone}>
              {notice.text}{' '}
              <Link to="/cart" className="font-semibold underline">{t('product.viewCart')}</Link>
            </Alert>
          ) : null}

          {product.description ? (
            <section aria-labelledby="description-heading">
              <h2 id="description-heading" className="mb-1 text-base font-semibold">{t('product.description')}</h2>
              <p className="whitespace-pre-line text-slate-700">{product.description}</p>
            </section>
          ) : null}
          {attributes.length ? (
            <section aria-labelledby="details-heading">
              <h2 id="details-heading" className="mb-1 text-base font-semibold">{t('product.details')}</h2>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                {attributes.map(([k, v]) => (
                  <div key={k} className="contents">
                    <dt className="text-slate-500">{optionLabel(k)}</dt>
                    <dd>{String(v)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ) : null}
          {variant ? <p className="text-xs text-slate-600">{t('product.sku', { sku: variant.sku })}</p> : null}
        </div>
      </div>
    </article>
  );
}
