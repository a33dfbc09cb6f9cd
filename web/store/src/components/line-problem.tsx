import { i18next } from '../../../shared/i18n';
import type { CheckedLine } from '../lib/use-cart-check';

export function lineProblemText(line: CheckedLine): string | null {
  switch (line.problem) {
    case 'gone':
      return i18next.t('shop:cart.gone');
    case 'sold_out':
      return i18next.t('shop:cart.soldOut');
    case 'too_many':
      return i18next.t('shop:cart.tooMany', { count: line.available ?? 0 });
    default:
      return null;
  }
}
