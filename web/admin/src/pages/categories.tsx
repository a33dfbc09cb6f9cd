import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../../../shared/api';
import { Button, ChoiceField, ErrorMessage, SelectField, TextField, useFocusFirstInvalid } from '../../../shared/ui';
import { Card, Empty, PageHeader, QueryStatus } from '../components/common';
import { buildTree, flattenTree, useCategories, type CategoryNode, categoryOptions } from '../lib/catalog';
import { toast } from '../lib/toast';
import type { Category } from '../lib/types';
import { adminApi } from '../lib/api';

const key = ['categories'];

function descendants(node: CategoryNode): Set<string> {
  const out = new Set<string>([node.id]);
  const walk = (n: CategoryNode) => n.children.forEach((c) => (out.add(c.id), walk(c)));
  walk(node);
  return out;
}

export default function Categories() {
  const { t } = useTranslation('categories');
  const categories = useCategories();
  const queryClient = useQueryClient();
  const list = categories.data ?? [];
  const tree = buildTree(list);
  const flat = flattenTree(tree);

  // Several PATCHes (reorder touches siblings) applied optimistically, rolled back together.
  const update = useMutation({
    mutationFn: async (changes: Array<{ id: string; patch: Partial<Pick<Category, 'name' | 'parentId' | 'position'>> }>) => {
      for (const c of changes) await adminApi.categories.update(c.id, c.patch);
    },
    onMutate: async (changes) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Category[]>(key);
      if (previous) queryClient.setQueryData<Category[]>(key, previous.map((c) => ({ ...c, ...changes.find((x) => x.id === c.id)?.patch })));
      return { previous };
    },
    onError: (err, _c, ctx) => {
      if (ctx?.previous) queryClient.setQueryData(key, ctx.previous);
      toast.error(t('notSaved', { reason: errorMessage(err) }));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });

  const remove = useMutation({
    mutationFn: (id: string) => adminApi.categories.remove(id),
    onSuccess: () => toast.success(t('deleted')),
    onError: (err) => toast.error(err instanceof ApiError && err.status === 409 ? t('notEmpty') : errorMessage(err)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });

  function move(node: CategoryNode, siblings: CategoryNode[], dir: -1 | 1) {
    const i = siblings.findIndex((s) => s.id === node.id);
    const j = i + dir;
    if (j < 0 || j >= siblings.length) return;
    const order = [...siblings];
    [order[i], order[j]] = [order[j], order[i]];
    const changes = order.map((s, index) => ({ id: s.id, patch: { position: index } })).filter((c, index) => order[index].position !== c.patch.position);
    update.mutate(changes);
  }

  function renderLevel(nodes: CategoryNode[]) {
    return (
      <ul className="flex flex-col gap-1">
        {nodes.map((n, i) => (
          <li key={n.id}>
            <CategoryRow node={n} first={i === 0} last={i === nodes.length - 1} all={flat} busy={update.isPending || remove.isPending} onMove={(dir) => move(n, nodes, dir)} onSave={(patch) => update.mutate([{ id: n.id, patch }])} onDelete={() => window.confirm(t('confirmDelete', { name: n.name })) && remove.mutate(n.id)} />
            {n.children.length > 0 && <div className="ml-5 border-l border-slate-200 pl-3">{renderLevel(n.children)}</div>}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <div className="max-w-4xl">
      <PageHeader title={t('title')} description={t('description')} />
      <div className="flex flex-col gap-6">
        <NewCategory all={flat} />
        <Card title={t('tree')}>
          <QueryStatus query={categories} label={t('loading')} />
          {categories.isSuccess && list.length === 0 && <Empty title={t('none')}>{t('noneHint')}</Empty>}
          {tree.length > 0 && (
            <nav aria-label={t('tree')}>
              {renderLevel(tree)}
            </nav>
          )}
        </Card>
      </div>
    </div>
  );
}

function NewCategory({ all }: { all: CategoryNode[] }) {
  const { t } = useTranslation('categories');
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [parentId, setParentId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  useFocusFirstInvalid(errors);
  const create = useMutation({
    mutationFn: (body: Parameters<typeof adminApi.categories.create>[0]) => adminApi.categories.create(body),
    onSuccess: (c) => {
      toast.success(t('created', { name: c.name }));
      setName('');
      setSlug('');
      setErrors({});
    },
    onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) return setErrors({ name: t('nameRequired') });
    const siblings = all.filter((c) => (c.parentId ?? '') === parentId);
    const position = siblings.length ? Math.max(...siblings.map((s) => s.position)) + 1 : 0;
    create.mutate({ name: name.trim(), ...(slug.trim() ? { slug: slug.trim() } : {}), parentId: parentId || null, position });
  }
  return (
    <Card title={t('new')}>
      <form onSubmit={submit} noValidate className="flex flex-wrap items-end gap-3">
        <TextField label={t('name')} value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
        <TextField label={t('slug')} value={slug} onChange={(e) => setSlug(e.target.value)} error={errors.slug} />
        <ChoiceField label={t('parent')} value={parentId} onChange={(e) => setParentId(e.target.value)} error={errors.parentId} placeholder={t('topLevel')} options={categoryOptions(all)} />
        <Button type="submit" variant="primary" loading={create.isPending}>
          {t('create')}
        </Button>
      </form>
      {create.isError && Object.keys(errors).length === 0 && <ErrorMessage error={create.error} className="mt-3" />}
    </Card>
  );
}

function CategoryRow({
  node,
  first,
  last,
  all,
  busy,
  onMove,
  onSave,
  onDelete,
}: {
  node: CategoryNode;
  first: boolean;
  last: boolean;
  all: CategoryNode[];
  busy: boolean;
  onMove: (dir: -1 | 1) => void;
  onSave: (patch: Partial<Pick<Category, 'name' | 'parentId' | 'position'>>) => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation('categories');
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(node.name);
  const [parentId, setParentId] = useState(node.parentId ?? '');
  const [error, setError] = useState('');
  const excluded = descendants(node);

  if (editing)
    return (
      <form
        className="flex flex-wrap items-end gap-2 rounded-md bg-slate-50 p-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return setError(t('nameRequired'));
          const patch: Partial<Category> = {};
          if (name.trim() !== node.name) patch.name = name.trim();
          if ((parentId || null) !== node.parentId) {
            patch.parentId = parentId || null;
            const siblings = all.filter((c) => (c.parentId ?? '') === parentId);
            patch.position = siblings.length ? Math.max(...siblings.map((s) => s.position)) + 1 : 0;
          }
          if (Object.keys(patch).length) onSave(patch);
          setEditing(false);
        }}
      >
        <TextField label={t('nameOf', { name: node.name })} value={name} onChange={(e) => setName(e.target.value)} error={error} autoFocus />
        <SelectField label={t('parent')} value={parentId} onChange={(e) => setParentId(e.target.value)}>
          <option value="">{t('topLevel')}</option>
          {all
            .filter((c) => !excluded.has(c.id))
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.path}
              </option>
            ))}
        </SelectField>
        <Button type="submit" size="sm" variant="primary">
          {t('save')}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          onClick={() => {
            setEditing(false);
            setName(node.name);
            setParentId(node.parentId ?? '');
          }}
        >
          {t('ui:cancel')}
        </Button>
      </form>
    );

  return (
    <div className="flex flex-wrap items-center justify-between gap-2 rounded-md px-2 py-1.5 hover:bg-slate-50">
      <div className="min-w-0">
        <span className="font-medium text-slate-900">{node.name}</span> <span className="text-xs text-slate-600">/{node.slug}</span>
      </div>
      <div className="flex flex-wrap gap-1">
        <Button size="sm" variant="ghost" disabled={first || busy} onClick={() => onMove(-1)} aria-label={t('moveUp', { name: node.name })}>
          {t('up')}
        </Button>
        <Button size="sm" variant="ghost" disabled={last || busy} onClick={() => onMove(1)} aria-label={t('moveDown', { name: node.name })}>
          {t('down')}
        </Button>
        <Button size="sm" onClick={() => setEditing(true)} aria-label={t('editOf', { name: node.name })}>
          {t('edit')}
        </Button>
        <Button size="sm" variant="danger" disabled={busy} onClick={onDelete} aria-label={t('deleteOf', { name: node.name })}>
          {t('delete')}
        </Button>
      </div>
    </div>
  );
}
