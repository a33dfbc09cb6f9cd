import type { ReactNode } from 'react';
import { variantLabel } from '../lib/variants';

/** An item's title with its variant (e.g. "T-shirt (M / Blue)"), then ` × quantity` when given, then `children`. */
export function LineLabel({ title, options, quantity, children }: { title: string; options?: Record<string, string>; quantity?: number; children?: ReactNode }) {
  return (
    <span>
      {title}
      {Object.keys(options ?? {}).length ? <span className="text-slate-600"> ({variantLabel(options)})</span> : null}
      {quantity === undefined ? null : ` × ${quantity}`}
      {children}
    </span>
  );
}
