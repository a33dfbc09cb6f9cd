import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, formatTime, storeToday } from '../lib/dates';
import { useMoney } from '../lib/money';
import type { DeliverySlot } from '../lib/types';

/**
 * Delivery slots one day at a time: a row of days (scrolls sideways on a phone), then that
 * day's times. A phone shows one day's handful of slots instead of every slot of every day.
 */
export function SlotPicker({ slots, value, onChange }: { slots: DeliverySlot[]; value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation('shopCheckout');
  const money = useMoney();
  const today = storeToday();
  const days = useMemo(() => {
    const m = new Map<string, DeliverySlot[]>();
    for (const s of [...slots].sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime))) m.set(s.date, [...(m.get(s.date) ?? []), s]);
    return [...m.entries()];
  }, [slots]);
  const chosenDay = slots.find((s) => s.id === value)?.date;
  const [day, setDay] = useState<string | null>(chosenDay ?? null);
  useEffect(() => {
    if (chosenDay) setDay(chosenDay);
  }, [chosenDay]);
  const shown = days.find(([d]) => d === day)?.[1] ?? [];
  // The day's radio covers its whole tile, invisible: the tile is what is seen and tapped.
  const dayRadio = 'absolute inset-0 size-full cursor-pointer appearance-none opacity-0';
  const tile = 'flex min-h-11 cursor-pointer items-center rounded-lg border text-sm has-[:checked]:border-indigo-600 has-[:checked]:bg-indigo-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-indigo-600';

  return (
    <div className="space-y-3">
      <fieldset>
        <legend className="mb-2 text-sm font-medium">{t('slots.day')}</legend>
        <div className="-mx-1 flex snap-x gap-2 overflow-x-auto px-1 pb-1">
          <label className={`${tile} relative shrink-0 snap-start border-slate-200 px-3`}>
            <input
              type="radio"
              name="slot-day"
              className={dayRadio}
              checked={day === null}
              onChange={() => {
                setDay(null);
                onChange('');
              }}
            />
            {t('slots.none')}
          </label>
          {days.map(([date, list]) => {
            const open = list.some((s) => s.remaining > 0);
            return (
              <label key={date} className={`${tile} relative shrink-0 snap-start flex-col justify-center px-3 py-1 ${open ? 'border-slate-200' : 'border-dashed border-slate-200 text-slate-600'}`}>
                <input type="radio" name="slot-day" className={dayRadio} checked={day === date} onChange={() => setDay(date)} />
                <span className="font-medium">{formatDay(date)}</span>
                <span className="text-xs text-slate-600">{date === today ? t('slots.sameDay') : open ? t('slots.times', { count: list.filter((s) => s.remaining > 0).length }) : t('slots.full')}</span>
              </label>
            );
          })}
        </div>
      </fieldset>
      {day === null ? (
        <p className="text-sm text-slate-600">{t('slots.noneHint')}</p>
      ) : (
        <fieldset>
          <legend className="mb-2 text-sm font-medium">{t('slots.time', { day: formatDay(day) })}</legend>
          <div className="grid grid-cols-2 gap-2">
            {shown.map((s) => {
              const full = s.remaining <= 0;
              return (
                <label key={s.id} className={`${tile} gap-2 p-2 ${full ? 'cursor-not-allowed border-dashed border-slate-200 text-slate-600' : 'border-slate-200'}`}>
                  <input
                    type="radio"
                    name="slot"
                    value={s.id}
                    checked={value === s.id}
                    disabled={full}
                    onChange={() => onChange(s.id)}
                    className="size-5 shrink-0 accent-indigo-600"
                    // The date too, which the tile leaves to the day above it.
                    aria-label={t('slots.aria', { day: formatDay(s.date), start: formatTime(s.startTime), end: formatTime(s.endTime), fee: s.fee ? money(s.fee) : t('slots.free'), state: full ? t('slots.full') : t('slots.left', { count: s.remaining }) })}
                  />
                  <span className="flex flex-col">
                    <span className="font-medium">{t('slots.range', { start: formatTime(s.startTime), end: formatTime(s.endTime) })}</span>
                    <span className="text-xs text-slate-600">
                      {s.fee ? money(s.fee) : t('slots.free')}
                      {full ? ` · ${t('slots.full')}` : s.remaining <= 3 ? ` · ${t('slots.left', { count: s.remaining })}` : ''}
                    </span>
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>
      )}
    </div>
  );
}
