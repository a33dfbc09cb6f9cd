import { useTranslation } from 'react-i18next';
import { i18next } from '../../../shared/i18n';
import { ChoiceField, TextAreaField, TextField } from '../../../shared/ui';
import { buildTree, flattenTree, useCategories, categoryOptions } from '../lib/catalog';
import type { Product } from '../lib/types';
import { TaxClassField } from './tax-class-field';

/** Product details as typed in a form. */
export interface DetailsDraft {
  title: string;
  slug: string;
  description: string;
  categoryId: string;
  tags: string;
  attributes: string;
  taxClass?: string;
}

export function productToDraft(p: Product): DetailsDraft {
  return {
    title: p.title,
    slug: p.slug,
    description: p.description ?? '',
    categoryId: p.categoryId ?? '',
    taxClass: (p as { taxClass?: string }).taxClass ?? 'standard',
    tags: (p.tags ?? []).join(', '),
    attributes: Object.entries(p.attributes ?? {})
      .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
      .join('\n'),
  };
}

export function parseTags(s: string): string[] {
  return [...new Set(s.split(',').map((t) => t.trim()).filter(Boolean))];
}

export function parseAttributes(s: string): { value: Record<string, string>; error?: string } {
  const value: Record<string, string> = {};
  const lines = s.split('\n').map((l) => l.trim()).filter(Boolean);
  for (const [i, line] of lines.entries()) {
    const at = line.indexOf(':');
    if (at <= 0) return { value, error: i18next.t('productForm:errors.attributeLine', { line: i + 1 }) };
    value[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return { value };
}

/** The PATCH/POST body fields that differ from `base` (all fields when base is null). */
export function detailsBody(draft: DetailsDraft, base: DetailsDraft | null): { body: Record<string, unknown>; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const body: Record<string, unknown> = {};
  if (!draft.title.trim()) errors.title = i18next.t('productForm:errors.title');
  const attrs = parseAttributes(draft.attributes);
  if (attrs.error) errors.attributes = attrs.error;
  if (draft.slug.trim() && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(draft.slug.trim())) errors.slug = i18next.t('productForm:errors.slug');
  const changed = (k: keyof DetailsDraft) => !base || draft[k] !== base[k];
  if (changed('title')) body.title = draft.title.trim();
  if (changed('slug') && (draft.slug.trim() || base)) body.slug = draft.slug.trim() || undefined;
  if (changed('description')) body.description = draft.description;
  if (changed('categoryId')) body.categoryId = draft.categoryId || null;
  if (changed('tags')) body.tags = parseTags(draft.tags);
  if (changed('attributes')) body.attributes = attrs.value;
  if (draft.taxClass && changed('taxClass')) body.taxClass = draft.taxClass;
  for (const k of Object.keys(body)) if (body[k] === undefined) delete body[k];
  return { body, errors };
}

export function ProductFields({ draft, onChange, errors }: { draft: DetailsDraft; onChange: (d: DetailsDraft) => void; errors: Record<string, string> }) {
  const { t } = useTranslation('productForm');
  const categories = useCategories();
  const options = flattenTree(buildTree(categories.data ?? []));
  const set = (key: keyof DetailsDraft) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => onChange({ ...draft, [key]: e.target.value });
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <TextField label={t('title')} required value={draft.title} onChange={set('title')} error={errors.title} />
      <TextField label={t('slug')} value={draft.slug} onChange={set('slug')} error={errors.slug} hint={t('slugHint')} />
      <TextAreaField label={t('description')} rows={4} value={draft.description} onChange={set('description')} error={errors.description} className="md:col-span-2" />
      <ChoiceField label={t('category')} value={draft.categoryId} onChange={set('categoryId')} error={errors.categoryId} hint={categories.isError ? t('categoriesFailed') : undefined} placeholder={t('noCategory')} options={categoryOptions(options)} />
      <TaxClassField value={draft.taxClass ?? 'standard'} onChange={(taxClass) => onChange({ ...draft, taxClass })} error={errors.taxClass} />
      <TextField label={t('tags')} value={draft.tags} onChange={set('tags')} error={errors.tags} hint={t('tagsHint')} />
      <TextAreaField label={t('attributes')} rows={3} value={draft.attributes} onChange={set('attributes')} error={errors.attributes} hint={t('attributesHint')} className="md:col-span-2" />
    </div>
  );
}
