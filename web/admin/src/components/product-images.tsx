import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/api';
import { Button, cx } from '../../../shared/ui';
import { productKey } from '../lib/catalog';
import { toast } from '../lib/toast';
import type { Product, ProductImage } from '../lib/types';
import { Card } from './common';
import { FileDrop } from './file-drop';
import type { BodyOf } from '../../../shared/api-types';
import { adminApi } from '../lib/api';

interface Upload {
  key: string;
  name: string;
  preview: string;
  error?: string;
}

type ImagePatch = BodyOf<'/v1/admin/products/{id}/images/{imageId}', 'patch'>;

const acceptedTypes = ['image/jpeg', 'image/png', 'image/webp'];

/** Option names and their values across the product's variants (size → [S, M], color → [red, blue]). */
function optionValues(product: Product): [string, string[]][] {
  const m = new Map<string, string[]>();
  for (const v of product.variants) for (const [k, val] of Object.entries(v.options ?? {})) if (!(m.get(k) ?? []).includes(val)) m.set(k, [...(m.get(k) ?? []), val]);
  return [...m.entries()];
}

/**
 * The product's pictures: upload, order (the first is the main picture), alt text, and which
 * option values each shows (a red picture for `color: red`, so the storefront switches to it).
 */
export function ProductImages({ product, afterChange }: { product: Product; afterChange: () => void }) {
  const { t } = useTranslation('productImages');
  const queryClient = useQueryClient();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const options = optionValues(product);

  async function optimistic(change: (p: Product) => Product) {
    await queryClient.cancelQueries({ queryKey: productKey(product.id) });
    const previous = queryClient.getQueryData<Product>(productKey(product.id));
    if (previous) queryClient.setQueryData(productKey(product.id), change(previous));
    return () => {
      if (previous) queryClient.setQueryData(productKey(product.id), previous);
    };
  }

  async function uploadFiles(files: File[]) {
    for (const file of files) {
      const key = `${file.name}-${file.size}-${Date.now()}`;
      if (!acceptedTypes.includes(file.type)) {
        setUploads((u) => [...u, { key, name: file.name, preview: '', error: t('notImage') }]);
        continue;
      }
      if (file.size > 10 * 1024 * 1024) {
        setUploads((u) => [...u, { key, name: file.name, preview: '', error: t('tooLarge') }]);
        continue;
      }
      const preview = URL.createObjectURL(file);
      setUploads((u) => [...u, { key, name: file.name, preview }]);
      const form = new FormData();
      form.append('file', file, file.name);
      try {
        await adminApi.products.uploadImage(product.id, form);
        setUploads((u) => u.filter((x) => x.key !== key));
        URL.revokeObjectURL(preview);
        afterChange();
      } catch (err) {
        setUploads((u) => u.map((x) => (x.key === key ? { ...x, error: errorMessage(err) } : x)));
      }
    }
  }

  const removeImage = useMutation({
    scope: { id: `product-${product.id}` },
    mutationFn: (imageId: string) => adminApi.products.removeImage(product.id, imageId),
    onMutate: async (imageId) => ({ undo: await optimistic((p) => ({ ...p, images: p.images.filter((i) => i.id !== imageId) })) }),
    onError: (err, _id, ctx) => {
      ctx?.undo();
      toast.error(t('deleteFailed', { error: errorMessage(err) }));
    },
    onSettled: afterChange,
  });

  const updateImage = useMutation({
    scope: { id: `product-${product.id}` },
    mutationFn: ({ id, patch }: { id: string; patch: ImagePatch }) => adminApi.products.updateImage(product.id, id, patch),
    onMutate: async ({ id, patch }) => ({
      undo: await optimistic((p) => {
        const images = p.images.map((i) => (i.id === id ? { ...i, ...(patch.alt !== undefined ? { alt: patch.alt } : {}), ...(patch.options ? { options: patch.options } : {}) } : i));
        if (patch.position === undefined) return { ...p, images };
        const moving = images.find((i) => i.id === id)!;
        const rest = images.filter((i) => i.id !== id);
        rest.splice(patch.position, 0, moving);
        return { ...p, images: rest };
      }),
    }),
    onSuccess: () => toast.success(t('saved')),
    onError: (err, _v, ctx) => {
      ctx?.undo();
      toast.error(t('saveFailed', { error: errorMessage(err) }));
    },
    onSettled: afterChange,
  });

  return (
    <Card title={t('title', { count: product.images.length })}>
      <FileDrop id={`images-${product.id}`} prompt={t('drag')} pickLabel={t('upload')} hint={t('formats')} accept={acceptedTypes.join(',')} multiple onFiles={(files) => void uploadFiles(files)} />
      {product.images.length === 0 && uploads.length === 0 && <p className="mt-3 text-sm text-slate-600">{t('none')}</p>}
      {product.images.length > 0 && <p className="mt-3 text-sm text-slate-600">{t('orderHint')}</p>}
      <ul aria-label={t('list')} className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {product.images.map((img, i) => (
          <ImageItem
            key={`${img.id}-${img.alt ?? ''}-${JSON.stringify(img.options ?? {})}`}
            image={img}
            index={i}
            count={product.images.length}
            title={product.title}
            options={options}
            busy={updateImage.isPending}
            onPatch={(patch) => updateImage.mutate({ id: img.id, patch })}
            onDelete={() => removeImage.mutate(img.id)}
          />
        ))}
        {uploads.map((u) => (
          <li key={u.key} className="overflow-hidden rounded-lg border border-slate-200 bg-white">
            {u.preview ? (
              <img src={u.preview} alt={u.error ? t('notUploaded', { name: u.name }) : t('uploading', { name: u.name })} className={cx('aspect-square w-full object-cover', !u.error && 'opacity-50')} />
            ) : (
              <div className="flex aspect-square w-full items-center justify-center bg-slate-100 p-2 text-center text-xs break-all text-slate-600">{u.name}</div>
            )}
            <div className="p-2 text-xs">
              {u.error ? (
                <div role="alert" className="text-red-700">
                  <p>
                    {u.name}: {u.error}
                  </p>
                  <button type="button" className="mt-1 underline" onClick={() => setUploads((all) => all.filter((x) => x.key !== u.key))}>
                    {t('dismiss')}
                  </button>
                </div>
              ) : (
                <p role="status">{t('uploading', { name: u.name })}</p>
              )}
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}

function ImageItem({
  image,
  index,
  count,
  title,
  options,
  busy,
  onPatch,
  onDelete,
}: {
  image: ProductImage;
  index: number;
  count: number;
  title: string;
  options: [string, string[]][];
  busy: boolean;
  onPatch: (patch: ImagePatch) => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation('productImages');
  const [alt, setAlt] = useState(image.alt ?? '');
  const n = index + 1;
  const linked = image.options ?? {};
  const setLink = (name: string, value: string) => {
    const next = { ...linked };
    if (value) next[name] = value;
    else delete next[name];
    onPatch({ options: next });
  };
  const field = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm';
  return (
    <li aria-label={t('item', { n })} className="overflow-hidden rounded-lg border border-slate-200 bg-white">
      <img src={image.thumbUrl || image.url} alt={image.alt || t('fallbackAlt', { title, n })} className="aspect-square w-full object-cover" />
      <div className="space-y-2 p-2 text-sm">
        {index === 0 && <p className="text-xs font-semibold text-emerald-800">{t('main')}</p>}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (alt.trim() !== (image.alt ?? '')) onPatch({ alt: alt.trim() });
          }}
          className="flex items-end gap-2"
        >
          <label className="flex-1 text-xs font-medium text-slate-700">
            {t('alt', { n })}
            <input value={alt} maxLength={300} onChange={(e) => setAlt(e.target.value)} className={field} />
          </label>
          <Button size="sm" type="submit" variant="secondary" disabled={busy || alt.trim() === (image.alt ?? '')}>
            {t('saveAlt')}
          </Button>
        </form>
        {options.map(([name, values]) => (
          <label key={name} className="block text-xs font-medium text-slate-700">
            {t('shows', { option: name, n })}
            <select value={linked[name] ?? ''} disabled={busy} onChange={(e) => setLink(name, e.target.value)} className={field}>
              <option value="">{t('any')}</option>
              {values.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          </label>
        ))}
        <div className="flex flex-wrap gap-1">
          <Button size="sm" variant="secondary" disabled={busy || index === 0} onClick={() => onPatch({ position: index - 1 })}>
            {t('earlier', { n })}
          </Button>
          <Button size="sm" variant="secondary" disabled={busy || index === count - 1} onClick={() => onPatch({ position: index + 1 })}>
            {t('later', { n })}
          </Button>
          <Button size="sm" variant="danger" onClick={onDelete}>
            {t('delete', { n })}
          </Button>
        </div>
      </div>
    </li>
  );
}
