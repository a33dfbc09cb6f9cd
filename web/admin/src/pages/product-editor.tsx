import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../../shared/api';
import { Button, ErrorMessage, useFocusFirstInvalid } from '../../../shared/ui';
import { Card, detailStatus, ProductStatusBadge, UnpublishedMarker, PageLayout, ConfirmButton } from '../components/common';
import { ProductImages } from '../components/product-images';
import { detailsBody, ProductFields, productToDraft, type DetailsDraft } from '../components/product-fields';
import { draftToBody, emptyVariant, sameDraft, VariantFields, variantToDraft, type VariantBody, type VariantDraft } from '../components/variant-fields';
import { productActions, productKey } from '../lib/catalog';
import { formatDateTime, useCurrency } from '../lib/format';
import { toast } from '../lib/toast';
import type { Product, ProductStatus, Variant } from '../lib/types';
import { adminApi } from '../lib/api';

type Action = 'publish' | 'unpublish' | 'archive' | 'restore';
const nextStatus: Record<Action, ProductStatus> = { publish: 'published', unpublish: 'draft', archive: 'archived', restore: 'draft' };

export default function ProductEditor() {
  const { id = '' } = useParams();
  const { t } = useTranslation('productEditor');
  // No silent background refetch while editing: the cached version is what If-Match promises.
  const product = useQuery({ queryKey: productKey(id), queryFn: () => adminApi.products.get(id), refetchOnWindowFocus: false });
  if (!product.isSuccess) return detailStatus(product, t('loading'), { to: '/products', label: t('backToProducts') });
  return <Editor key={id} product={product.data} refetch={() => product.refetch()} />;
}

/** Applies an optimistic change to the cached product and returns the undo. */
function useOptimisticProduct(id: string) {
  const queryClient = useQueryClient();
  return async (change: (p: Product) => Product) => {
    await queryClient.cancelQueries({ queryKey: productKey(id) });
    const previous = queryClient.getQueryData<Product>(productKey(id));
    if (previous) queryClient.setQueryData(productKey(id), change(previous));
    return () => {
      if (previous) queryClient.setQueryData(productKey(id), previous);
    };
  };
}

function Editor({ product, refetch }: { product: Product; refetch: () => Promise<unknown> }) {
  const { t } = useTranslation('productEditor');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const optimistic = useOptimisticProduct(product.id);
  const afterChange = () => {
    queryClient.invalidateQueries({ queryKey: productKey(product.id) });
    queryClient.invalidateQueries({ queryKey: ['products', 'list'] });
  };

  const workflow = useMutation({
    scope: { id: `product-${product.id}` },
    mutationFn: (action: Action) => adminApi.products.act(product.id, action),
    onMutate: async (action) => ({
      undo: await optimistic((p) => ({ ...p, status: nextStatus[action], hasUnpublishedChanges: action === 'publish' ? false : p.hasUnpublishedChanges })),
    }),
    onError: (err, action, ctx) => {
      ctx?.undo();
      toast.error(t(`failed.${action}`, { reason: errorMessage(err) }));
    },
    onSuccess: (p, action) => {
      if (p && typeof p === 'object' && 'id' in p) queryClient.setQueryData(productKey(product.id), p);
      toast.success(t(`done.${action}`));
    },
    onSettled: afterChange,
  });

  const remove = useMutation({
    mutationFn: () => adminApi.products.remove(product.id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: productKey(product.id) });
      queryClient.invalidateQueries({ queryKey: ['products', 'list'] });
      toast.success(t('deleted', { title: product.title }));
      navigate('/products');
    },
  });

  return (
    <PageLayout
      narrow
      back={{ to: '/products', label: t('back') }}
      title={product.title}
      description={
        <span className="flex flex-wrap items-center gap-2">
          <ProductStatusBadge status={product.status} />
          {product.hasUnpublishedChanges && product.status === 'published' && <UnpublishedMarker />}
          <span>{t('version', { version: product.version })}</span>
          {product.publishedAt && <span>· {t('lastPublished', { at: formatDateTime(product.publishedAt) })}</span>}
        </span>
      }
      actions={productActions(product).map((a) => (
        <Button key={a.action} variant={a.action === 'publish' ? 'primary' : a.action === 'archive' ? 'danger' : 'secondary'} loading={workflow.isPending && workflow.variables === a.action} disabled={workflow.isPending} onClick={() => workflow.mutate(a.action)}>
          {t(`action.${a.action === 'publish' && product.status === 'published' ? 'publishChanges' : a.action}`, { defaultValue: a.label })}
        </Button>
      ))}
    >
      {product.status === 'published' && product.hasUnpublishedChanges && (
        <p className="-mt-3 mb-4 text-sm text-violet-800">{t('unpublishedNote')}</p>
      )}
      <div className="flex flex-col gap-6">
        <DetailsCard product={product} refetch={refetch} afterChange={afterChange} />
        <VariantsCard product={product} afterChange={afterChange} />
        <ProductImages product={product} afterChange={afterChange} />
        <Card title={t('delete.title')}>
          <p className="mb-3 text-sm text-slate-600">{t('delete.body')}</p>
          <ErrorMessage error={remove.error} className="mb-3" />
          <ConfirmButton variant="danger" question={t('delete.confirm', { title: product.title })} mutation={remove}>
            {t('delete.title')}
          </ConfirmButton>
        </Card>
      </div>
    </PageLayout>
  );
}

function DetailsCard({ product, refetch, afterChange }: { product: Product; refetch: () => Promise<unknown>; afterChange: () => void }) {
  const { t } = useTranslation('productEditor');
  const queryClient = useQueryClient();
  const optimistic = useOptimisticProduct(product.id);
  const [base, setBase] = useState<DetailsDraft>(() => productToDraft(product));
  const [draft, setDraft] = useState<DetailsDraft>(base);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useFocusFirstInvalid(errors);
  const dirty = (Object.keys(draft) as Array<keyof DetailsDraft>).some((k) => draft[k] !== base[k]);

  // Someone (or a variant/image change) updated the product: follow it unless we have edits.
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  useEffect(() => {
    if (dirtyRef.current) return;
    const fresh = productToDraft(product);
    setBase(fresh);
    setDraft(fresh);
  }, [product.version, product.updatedAt]); // eslint-disable-line react-hooks/exhaustive-deps

  const save = useMutation({
    // Product changes run one after another; the version is read when this one starts, so a
    // publish or variant change just before it does not make our own save look like a conflict.
    scope: { id: `product-${product.id}` },
    mutationFn: ({ body, version }: { body: Record<string, unknown>; version: number }) => {
      const current = queryClient.getQueryData<Product>(productKey(product.id))?.version ?? version;
      return adminApi.products.update(product.id, body, current);
    },
    onMutate: async ({ body }) => ({
      undo: await optimistic((p) => ({ ...p, ...(body as Partial<Product>), hasUnpublishedChanges: p.status === 'published' ? true : p.hasUnpublishedChanges })),
    }),
    onError: (err, _vars, ctx) => {
      ctx?.undo();
      if (err instanceof ApiError) setErrors(err.fieldErrors());
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(productKey(product.id), saved);
      const fresh = productToDraft(saved);
      setBase(fresh);
      setDraft(fresh);
      toast.success(t('saved'));
    },
    onSettled: afterChange,
  });

  function submit(e?: FormEvent, version = product.version) {
    e?.preventDefault();
    const { body, errors: localErrors } = detailsBody(draft, base);
    setErrors(localErrors);
    if (Object.keys(localErrors).length || Object.keys(body).length === 0) return;
    save.mutate({ body, version });
  }

  const conflict = save.error instanceof ApiError && save.error.code === 'precondition_failed';

  async function reloadDiscarding() {
    save.reset();
    const res = (await refetch()) as { data?: Product };
    const latest = res.data ?? queryClient.getQueryData<Product>(productKey(product.id));
    if (latest) {
      const fresh = productToDraft(latest);
      setBase(fresh);
      setDraft(fresh);
    }
  }

  async function overwrite() {
    save.reset();
    const res = (await refetch()) as { data?: Product };
    if (res.data) submit(undefined, res.data.version);
  }

  return (
    <Card title={t('details')}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <ProductFields draft={draft} onChange={setDraft} errors={errors} />
        {conflict ? (
          <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            <p className="font-semibold">{t('conflict.title')}</p>
            <p>{t('conflict.body')}</p>
            <div className="mt-2 flex flex-wrap gap-2">
              <Button size="sm" variant="primary" onClick={reloadDiscarding}>
                {t('conflict.reload')}
              </Button>
              <Button size="sm" onClick={overwrite}>
                {t('conflict.overwrite')}
              </Button>
            </div>
          </div>
        ) : (
          <ErrorMessage error={save.error} title={t('notSaved')} />
        )}
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" variant="primary" loading={save.isPending} disabled={!dirty}>
            {t('saveDetails')}
          </Button>
          {dirty && (
            <Button
              variant="ghost"
              onClick={() => {
                setDraft(base);
                setErrors({});
                save.reset();
              }}
            >
              {t('discardChanges')}
            </Button>
          )}
          {dirty && <span className="text-sm text-slate-600">{t('unsaved')}</span>}
        </div>
      </form>
    </Card>
  );
}

function VariantsCard({ product, afterChange }: { product: Product; afterChange: () => void }) {
  const currency = useCurrency();
  const { t } = useTranslation('productEditor');
  const [adding, setAdding] = useState(false);
  return (
    <Card
      title={t('variants', { count: product.variants.length })}
      actions={
        !adding && (
          <Button size="sm" onClick={() => setAdding(true)}>
            {t('addVariant')}
          </Button>
        )
      }
    >
      <div className="flex flex-col gap-4">
        {product.variants.length === 0 && <p className="text-sm text-slate-600">{t('noVariants')}</p>}
        {product.variants.map((v, i) => (
          <VariantRow key={v.id} index={i} product={product} variant={v} currency={currency} afterChange={afterChange} />
        ))}
        {adding && <NewVariantRow product={product} currency={currency} onDone={() => setAdding(false)} afterChange={afterChange} />}
      </div>
    </Card>
  );
}

/** Variant endpoints may answer with the whole product; take its new version at once. */
function useAdoptProduct(id: string) {
  const queryClient = useQueryClient();
  return (res: unknown) => {
    if (res && typeof res === 'object' && 'variants' in res && 'version' in res) queryClient.setQueryData(productKey(id), res as Product);
  };
}

function VariantRow({ product, variant, index, currency, afterChange }: { product: Product; variant: Variant; index: number; currency: string; afterChange: () => void }) {
  const optimistic = useOptimisticProduct(product.id);
  const adopt = useAdoptProduct(product.id);
  const { t } = useTranslation('productEditor');
  const [base, setBase] = useState(() => variantToDraft(variant));
  const [draft, setDraft] = useState(base);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useFocusFirstInvalid(errors);
  const dirty = !sameDraft(draft, base);

  useEffect(() => {
    const fresh = variantToDraft(variant);
    setBase(fresh);
    if (!dirty) setDraft(fresh);
  }, [variant]); // eslint-disable-line react-hooks/exhaustive-deps

  const save = useMutation({
    scope: { id: `product-${product.id}` },
    mutationFn: (body: VariantBody) => adminApi.products.updateVariant(product.id, variant.id, body),
    onMutate: async (body) => ({ undo: await optimistic((p) => ({ ...p, hasUnpublishedChanges: p.status === 'published' || p.hasUnpublishedChanges, variants: p.variants.map((v) => (v.id === variant.id ? { ...v, ...body } : v)) })) }),
    onError: (err, _body, ctx) => {
      ctx?.undo();
      if (err instanceof ApiError) setErrors(err.fieldErrors());
    },
    onSuccess: (res) => {
      adopt(res);
      setBase(draft);
      toast.success(t('variantSaved', { sku: draft.sku }));
    },
    onSettled: afterChange,
  });

  const remove = useMutation({
    scope: { id: `product-${product.id}` },
    mutationFn: () => adminApi.products.removeVariant(product.id, variant.id),
    onMutate: async () => ({ undo: await optimistic((p) => ({ ...p, variants: p.variants.filter((v) => v.id !== variant.id) })) }),
    onError: (err, _v, ctx) => {
      ctx?.undo();
      toast.error(t('variantNotRemoved', { sku: variant.sku, reason: errorMessage(err) }));
    },
    onSettled: afterChange,
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const r = draftToBody(draft);
    setErrors(r.errors);
    if (r.body) save.mutate(r.body);
  }

  return (
    <form onSubmit={submit} noValidate>
      <fieldset className="rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-700">
          {t('variantN', { n: index + 1, sku: variant.sku })}
        </legend>
        <VariantFields draft={draft} onChange={setDraft} errors={errors} currency={currency} />
        <ErrorMessage error={save.error} className="mt-3" />
        <div className="mt-3 flex flex-wrap gap-2">
          <Button type="submit" size="sm" variant="primary" disabled={!dirty} loading={save.isPending}>
            {t('saveVariant')}
          </Button>
          {dirty && (
            <Button size="sm" variant="ghost" onClick={() => setDraft(base)}>
              {t('discard')}
            </Button>
          )}
          <ConfirmButton
            size="sm"
            variant="danger"
            disabled={product.variants.length <= 1}
            title={product.variants.length <= 1 ? t('needsOne') : undefined}
            question={t('confirmRemoveVariant', { sku: variant.sku })}
            mutation={remove}
          >
            {t('removeVariant')}
          </ConfirmButton>
        </div>
      </fieldset>
    </form>
  );
}

function NewVariantRow({ product, currency, onDone, afterChange }: { product: Product; currency: string; onDone: () => void; afterChange: () => void }) {
  const optimistic = useOptimisticProduct(product.id);
  const adopt = useAdoptProduct(product.id);
  const { t } = useTranslation('productEditor');
  const [draft, setDraft] = useState<VariantDraft>(emptyVariant);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useFocusFirstInvalid(errors);
  const add = useMutation({
    scope: { id: `product-${product.id}` },
    mutationFn: (body: VariantBody) => adminApi.products.addVariant(product.id, body),
    onMutate: async (body) => ({
      undo: await optimistic((p) => ({ ...p, variants: [...p.variants, { id: `pending-${body.sku}`, weightGrams: null, compareAtPrice: null, options: {}, ...body }] })),
    }),
    onError: (err, _b, ctx) => {
      ctx?.undo();
      if (err instanceof ApiError) setErrors(err.fieldErrors());
    },
    onSuccess: (res) => {
      adopt(res);
      toast.success(t('variantAdded', { sku: draft.sku }));
      onDone();
    },
    onSettled: afterChange,
  });
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const r = draftToBody(draft);
        setErrors(r.errors);
        if (r.body) add.mutate(r.body);
      }}
    >
      <fieldset className="rounded-md border border-indigo-200 bg-indigo-50/40 p-3">
        <legend className="px-1 text-sm font-medium text-slate-700">{t('newVariant')}</legend>
        <VariantFields draft={draft} onChange={setDraft} errors={errors} currency={currency} />
        <ErrorMessage error={add.error} className="mt-3" />
        <div className="mt-3 flex gap-2">
          <Button type="submit" size="sm" variant="primary" loading={add.isPending}>
            {t('addThisVariant')}
          </Button>
          <Button size="sm" variant="ghost" onClick={onDone}>
            {t('ui:cancel')}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}

