import { type Static, Type } from '@sinclair/typebox';
import { DomainError } from '../../platform/errors';
import { Options } from './schema';

/** `PATCH /v1/admin/products/:id/images/:imageId`: alt text, place in the order, option values shown. */
export const ImagePatch = Type.Object(
  {
    alt: Type.Optional(Type.String({ maxLength: 300 })),
    position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
    options: Type.Optional(Options),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type ImagePatch = Static<typeof ImagePatch>;

/**
 * An image may be linked only to option values some variant has (`{ color: 'red' }` on a product
 * sold in red), so the storefront can always reach it by choosing options.
 */
export function checkImageOptions(options: Record<string, string>, variants: { options: Record<string, string> }[]): void {
  const errors = Object.entries(options)
    .filter(([name, value]) => !variants.some((v) => v.options[name] === value))
    .map(([name, value]) => ({ path: `options/${name}`, message: `no variant has ${name} = ${value}` }));
  if (errors.length) throw new DomainError('validation_failed', errors.map((e) => e.message).join('; '), { errors });
}

/**
 * The image to show for the chosen options: the first whose linked values all match the choice
 * and that is linked to the most of them; otherwise the first image.
 */
export function imageForOptions<T extends { options?: Record<string, string> }>(images: T[], chosen: Record<string, string>): T | undefined {
  let best: T | undefined;
  let bestScore = 0;
  for (const img of images) {
    const linked = Object.entries(img.options ?? {});
    if (linked.length === 0 || !linked.every(([k, v]) => chosen[k] === v)) continue;
    if (linked.length > bestScore) [best, bestScore] = [img, linked.length];
  }
  return best ?? images[0];
}
