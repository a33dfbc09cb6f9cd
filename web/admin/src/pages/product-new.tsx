import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../../shared/api';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/api';
import { Button, ErrorMessage, TextField, useFocusFirstInvalid } from '../../../shared/ui';
import { Card, PageHeader } from '../components/common';
import { detailsBody, ProductFields, type DetailsDraft } from '../components/product-fields';
import { draftToBody, emptyVariant, VariantFields, type VariantBody, type VariantDraft } from '../components/variant-fields';
import { productKey } from '../lib/catalog';
import { parseIntOrNull, useCurrency } from '../lib/format';
import { toast } from '../lib/toast';
import { adminApi } from '../lib/api';

export default function ProductNew() {
  const currency = useCurrency();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [details, setDetails] = useState<DetailsDraft>({ title: '', slug: '', description: '', categoryId: '', tags: '', attributes: '' });
  const { t } = useTranslation('products');
  const [variants, setVariants] = useState<VariantDraft[]>([emptyVariant()]);
  // Initial stock per variant (index-aligned with `variants`): set right after the product is created.
  const [stocks, setStocks] = useState<string[]>(['']);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useFocusFirstInvalid(errors);

  const create = useMutation({
    mutationFn: async ({ body, onHand }: { body: Parameters<typeof adminApi.products.create>[0]; onHand: (number | null)[] }) => {
      const product = await adminApi.products.create(body);
      for (const [i, n] of onHand.entries()) {
        const sku = product.variants[i]?.sku;
        if (!sku || n === null || n === 0) continue;
        await adminApi.inventory.set(sku, { onHand: n }).catch((err) => toast.error(t('stockFailed', { sku, reason: errorMessage(err) })));
      }
      return product;
    },
    onSuccess: (product) => {
      queryClient.setQueryData(productKey(product.id), product);
      queryClient.invalidateQueries({ queryKey: ['products', 'list'] });
      toast.success(t('created', { title: product.title }));
      navigate(`/products/${product.id}`);
    },
    onError: (err) => {
      if (err instanceof ApiError) setErrors(err.fieldErrors());
    },
  });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const d = detailsBody(details, null);
    const allErrors: Record<string, string> = { ...d.errors };
    const bodies: VariantBody[] = [];
    variants.forEach((v, i) => {
      const r = draftToBody(v);
      for (const [k, m] of Object.entries(r.errors)) allErrors[`variants.${i}.${k}`] = m;
      if (r.body) bodies.push(r.body);
    });
    const skus = bodies.map((b) => b.sku);
    skus.forEach((s, i) => {
      if (skus.indexOf(s) !== i) allErrors[`variants.${i}.sku`] = t('duplicateSku');
    });
    const onHand = variants.map((_, i) => parseIntOrNull(stocks[i] ?? ''));
    onHand.forEach((n, i) => {
      if (n !== null && (Number.isNaN(n) || n < 0)) allErrors[`variants.${i}.stock`] = t('initialStockInvalid');
    });
    setErrors(allErrors);
    if (Object.keys(allErrors).length) return;
    // The server checks what the form could not (it answers 400 with field errors).
    create.mutate({ body: { ...d.body, variants: bodies } as Parameters<typeof adminApi.products.create>[0], onHand });
  }

  const variantErrors = (i: number) =>
    Object.fromEntries(
      Object.entries(errors)
        .filter(([k]) => k.startsWith(`variants.${i}.`))
        .map(([k, m]) => [k.slice(`variants.${i}.`.length), m]),
    );

  return (
    <div className="max-w-5xl">
      <PageHeader title={t('newTitle')} description={t('newDescription')} actions={<Link to="/products" className="text-sm font-medium text-indigo-700 underline">{t('back')}</Link>} />
      <form onSubmit={onSubmit} className="flex flex-col gap-6" noValidate>
        <Card title={t('details')}>
          <ProductFields draft={details} onChange={setDetails} errors={errors} />
        </Card>
        <Card
          title={t('variants')}
          actions={
            <Button
              size="sm"
              onClick={() => {
                setVariants([...variants, emptyVariant()]);
                setStocks([...stocks, '']);
              }}
            >
              {t('addVariant')}
            </Button>
          }
        >
          <p className="mb-3 text-sm text-slate-600">{t('variantsHint', { currency })}</p>
          {errors.variants && <p className="mb-3 text-sm text-red-700">{errors.variants}</p>}
          <div className="flex flex-col gap-4">
            {variants.map((v, i) => (
              <fieldset key={i} className="rounded-md border border-slate-200 p-3">
                <legend className="px-1 text-sm font-medium text-slate-700">{t('variantN', { n: i + 1 })}</legend>
                <VariantFields draft={v} currency={currency} errors={variantErrors(i)} onChange={(next) => setVariants(variants.map((x, j) => (j === i ? next : x)))} />
                <TextField
                  className="mt-3 max-w-48"
                  label={t('initialStock')}
                  hint={t('initialStockHint')}
                  inputMode="numeric"
                  value={stocks[i] ?? ''}
                  error={errors[`variants.${i}.stock`]}
                  onChange={(e) => setStocks(variants.map((_, j) => (j === i ? e.target.value : (stocks[j] ?? ''))))}
                />
                {variants.length > 1 && (
                  <Button
                    size="sm"
                    variant="danger"
                    className="mt-3"
                    onClick={() => {
                      setVariants(variants.filter((_, j) => j !== i));
                      setStocks(stocks.filter((_, j) => j !== i));
                    }}
                  >
                    {t('removeVariant', { n: i + 1 })}
                  </Button>
                )}
              </fieldset>
            ))}
          </div>
        </Card>
        <ErrorMessage error={create.error} />
        <div className="flex gap-2">
          <Button type="submit" variant="primary" loading={create.isPending}>
            {t('create')}
          </Button>
          <Link to="/products" className="rounded-md px-3.5 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100">
            {t('ui:cancel')}
          </Link>
        </div>
      </form>
    </div>
  );
}
