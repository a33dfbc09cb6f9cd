import { useQuery } from '@tanstack/react-query';
import type { Category, Product, ProductStatus } from './types';
import { adminApi } from './api';
import { queryKeys } from './queries';

export function useCategories() {
  return useQuery({
    queryKey: ['categories'],
    queryFn: async () => {
      return (await adminApi.categories.list({ limit: 100 })).items;
    },
  });
}

export interface CategoryNode extends Category {
  depth: number;
  children: CategoryNode[];
  path: string;
}

/** Flat list (parentId, position) → tree, siblings ordered by position then name. */
export function buildTree(categories: Category[]): CategoryNode[] {
  const nodes = new Map<string, CategoryNode>(categories.map((c) => [c.id, { ...c, depth: 0, children: [], path: c.name }]));
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: CategoryNode[], depth: number, prefix: string) => {
    list.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
    for (const n of list) {
      n.depth = depth;
      n.path = prefix ? `${prefix} / ${n.name}` : n.name;
      sort(n.children, depth + 1, n.path);
    }
  };
  sort(roots, 0, '');
  return roots;
}

export function flattenTree(roots: CategoryNode[]): CategoryNode[] {
  const out: CategoryNode[] = [];
  const walk = (list: CategoryNode[]) => {
    for (const n of list) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(roots);
  return out;
}

/** The product editor's cache key (the same as queryKeys.product). */
export function productKey(id: string) {
  return queryKeys.product(id);
}

/** Which workflow actions the product status machine allows right now. */
export function productActions(p: Pick<Product, 'status' | 'hasUnpublishedChanges'>): Array<{ action: 'publish' | 'unpublish' | 'archive' | 'restore'; label: string }> {
  const map: Record<ProductStatus, Array<{ action: 'publish' | 'unpublish' | 'archive' | 'restore'; label: string }>> = {
    draft: [{ action: 'publish', label: 'Publish' }],
    published: [
      ...(p.hasUnpublishedChanges ? [{ action: 'publish' as const, label: 'Publish changes' }] : []),
      { action: 'unpublish', label: 'Unpublish' },
      { action: 'archive', label: 'Archive' },
    ],
    archived: [{ action: 'restore', label: 'Restore to draft' }],
  };
  return map[p.status] ?? [];
}

/** Categories as select options, labelled with their path (`Tea › Green`). */
export const categoryOptions = (nodes: CategoryNode[]) => nodes.map((c) => ({ value: c.id, label: c.path }));
