import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  value: number;
  onChange: (n: number) => void;
  max: number;
  min?: number;
  label?: string;
  /** What the quantity is of, for screen readers when a page has several (cart lines). */
  itemName?: string;
  disabled?: boolean;
}

/** A number input with − and + buttons; arrow keys work on the input itself. */
export function QuantityInput({ value, onChange, max, min = 1, label: labelProp, itemName, disabled }: Props) {
  const { t } = useTranslation('shop');
  const label = labelProp ?? t('quantity.label');
  const of = itemName ? t('quantity.of', { name: itemName }) : '';
  const id = useId();
  const clamp = (n: number) => Math.max(min, Math.min(max, Number.isFinite(n) ? Math.floor(n) : min));
  const btn = 'flex size-11 items-center justify-center text-lg font-semibold text-slate-800 hover:bg-slate-100 disabled:text-slate-300 focus-visible:outline-2 focus-visible:outline-indigo-600';
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
        {of ? <span className="sr-only">{of}</span> : null}
      </label>
      <div className="inline-flex items-center overflow-hidden rounded-lg border border-slate-300 bg-white">
        <button type="button" className={btn} aria-label={t('quantity.decrease', { label: label.toLowerCase(), of })} disabled={disabled || value <= min} onClick={() => onChange(clamp(value - 1))}>
          −
        </button>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={Math.max(min, max)}
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value === '' ? min : clamp(Number(e.target.value)))}
          className="h-11 w-14 border-x border-slate-300 text-center text-base [appearance:textfield] [&::-webkit-inner-spin-button]:appearance-none"
        />
        <button type="button" className={btn} aria-label={t('quantity.increase', { label: label.toLowerCase(), of })} disabled={disabled || value >= max} onClick={() => onChange(clamp(value + 1))}>
          +
        </button>
      </div>
    </div>
  );
}
