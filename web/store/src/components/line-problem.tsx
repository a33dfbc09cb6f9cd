import type { CheckedLine } from '../lib/use-cart-check';

export function lineProblemText(line: CheckedLine): string | null {
  switch (line.problem) {
    case 'gone':
      return 'No longer sold. Please remove it.';
    case 'sold_out':
      return 'Sold out. Please remove it to check out.';
    case 'too_many':
      return `Only ${line.available} available. Lower the quantity to check out.`;
    default:
      return null;
  }
}
