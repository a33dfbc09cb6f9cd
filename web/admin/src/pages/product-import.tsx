import { useTranslation } from 'react-i18next';
import { i18next } from '../../../shared/i18n';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../../shared/api';
import { Badge, Button, cx, ErrorMessage } from '../../../shared/ui';
import { Card, PageHeader } from '../components/common';
import { isoDay } from '../lib/format';
import { toast } from '../lib/toast';
import type { ImportResult } from '../lib/types';
import { adminApi } from '../lib/api';
import { FileDrop } from '../components/file-drop';

const columns: Array<[string, string]> = [
  ['slug', 'Product URL name; rows with the same slug are one product (give a slug or a title)'],
  ['title', 'Product title'],
  ['description', 'Product description'],
  ['category', 'Category slug (the category must exist)'],
  ['status', 'draft, published or archived'],
  ['sku', 'Variant SKU (required, unique): matches existing variants'],
  ['price', 'Whole number in the store currency, e.g. 1200 for ¥1,200 (required)'],
  ['compare_at_price', 'Optional, whole number'],
  ['option_size, option_color', 'Variant options'],
  ['stock', 'On-hand count for the SKU (a stock count)'],
  ['tags', 'Separated by |, e.g. cotton|summer'],
  ['weight_grams', 'Whole number'],
];

const maxBytes = 50 * 1024 * 1024;

interface Chosen {
  name: string;
  size: number;
  /** The file's bytes as chosen: the server decodes UTF-8 or Shift_JIS (what Excel in Japan saves). */
  bytes: ArrayBuffer;
  text: string;
  lines: string[];
}

/** Text for the preview: UTF-8 when the bytes are valid UTF-8, else Shift_JIS. */
function previewText(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('shift_jis').decode(bytes);
  }
}

/** Large files answer 202 with a job: follow it until it is done, then show its result. */
async function importAndWait(chosen: Chosen): Promise<ImportResult> {
  const first = await adminApi.products.import(chosen.bytes);
  if (!('id' in first)) return first;
  for (;;) {
    await new Promise((r) => setTimeout(r, 1000));
    const job = await adminApi.products.importJob(first.id);
    if (job.status !== 'running') return job;
  }
}

/** The shared wording speaks of form fields and images; a refused file needs its own next step. */
function importError(err: unknown): unknown {
  if (!(err instanceof ApiError)) return err;
  const what = err.detail.replace(/[.!]?$/, '.');
  if (err.code === 'validation_failed') return new Error(i18next.t('productImport:errors.validation', { what }));
  if (err.code === 'unsupported_media_type') return new Error(i18next.t('productImport:errors.mediaType'));
  if (err.code === 'payload_too_large') return new Error(i18next.t('productImport:errors.tooLarge'));
  return err;
}

function formatBytes(n: number) {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** "3 lines", "1 product": the count with its noun, in the admin's language. */
function plural(n: number, noun: 'line' | 'product') {
  return i18next.t(`productImport:count.${noun}`, { count: n, n: n.toLocaleString() });
}

/** CSV import (with per-line errors) and export of the catalog. */
export default function ProductImport() {
  const { t } = useTranslation('productImport');
  const queryClient = useQueryClient();
  const [file, setFile] = useState<Chosen | null>(null);
  const [fileError, setFileError] = useState('');
  const [result, setResult] = useState<{ file: Chosen; data: ImportResult } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  async function choose(f: File | undefined) {
    setResult(null);
    importer.reset();
    if (!f) return;
    if (!/\.csv$/i.test(f.name) && !/csv|text\/plain|excel/.test(f.type)) {
      setFile(null);
      return setFileError(t('file.notCsv', { name: f.name }));
    }
    if (f.size > maxBytes) {
      setFile(null);
      return setFileError(t('file.tooBig', { name: f.name, size: formatBytes(f.size) }));
    }
    if (f.size === 0) {
      setFile(null);
      return setFileError(t('file.empty', { name: f.name }));
    }
    const bytes = await f.arrayBuffer();
    const text = previewText(bytes);
    const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
    setFileError('');
    setFile({ name: f.name, size: f.size, bytes, text, lines });
  }

  const importer = useMutation({
    mutationFn: importAndWait,
    onSuccess: (data, chosen) => {
      setResult({ file: chosen, data });
      if (data.errors.length === 0) toast.success(t('imported', { name: chosen.name, created: data.created, updated: data.updated }));
      requestAnimationFrame(() => resultRef.current?.focus());
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['products'] });
      void queryClient.invalidateQueries({ queryKey: ['inventory'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });

  const exporter = useMutation({
    mutationFn: () => adminApi.products.export(),
    onSuccess: (csv) => {
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `products-${isoDay(new Date())}.csv`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      toast.success(t('downloaded', { name: a.download }));
    },
  });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!file) return setFileError(t('file.choose'));
    importer.mutate(file);
  }

  return (
    <div className="max-w-4xl">
      <Link to="/products" className="text-sm font-medium text-indigo-700 underline">
        {t('back')}
      </Link>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="flex flex-col gap-6">
        <Card title={t('export')}>
          <p className="mb-3 text-sm text-slate-700">{t('exportBody')}</p>
          <Button onClick={() => exporter.mutate()} loading={exporter.isPending}>
            {t('download')}
          </Button>
          {exporter.isError && <ErrorMessage className="mt-3" error={exporter.error} title={t('exportFailed')} />}
        </Card>

        <Card title={t('import')}>
          <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
            <FileDrop
              id="import-file"
              prompt={t('drop')}
              pickLabel={t('fileLabel')}
              hint={t('fileHint')}
              accept=".csv,text/csv"
              invalid={Boolean(fileError)}
              describedBy={fileError ? 'import-file-error' : undefined}
              onFiles={(files) => void choose(files[0])}
            />
            {fileError && (
              <p id="import-file-error" role="alert" className="text-sm font-medium text-red-700">
                {fileError}
              </p>
            )}
            {file && (
              <p className="text-sm text-slate-700" data-testid="chosen-file">
                <span className="font-medium break-all">{file.name}</span> · {formatBytes(file.size)} · {t('afterHeader', { lines: plural(Math.max(file.lines.length - 1, 0), 'line') })}
              </p>
            )}
            <div className="flex flex-wrap items-center gap-2">
              <Button type="submit" variant="primary" loading={importer.isPending} disabled={!file}>
                {importer.isPending ? t('importing') : t('importButton')}
              </Button>
              {file && !importer.isPending && (
                <Button
                  variant="ghost"
                  onClick={() => {
                    setFile(null);
                    setResult(null);
                    importer.reset();
                  }}
                >
                  {t('clear')}
                </Button>
              )}
            </div>
            <p className="text-xs text-slate-600">
              {t('rules')}
            </p>
          </form>
          {importer.isError && <ErrorMessage className="mt-4" error={importError(importer.error)} title={t('nothingImported')} />}
          {result && <ImportReport ref={resultRef} file={result.file} result={result.data} />}
        </Card>

        <Card title={t('columns')}>
          <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
            {columns.map(([name, what]) => (
              <div key={name} className="contents">
                <dt className="font-mono font-medium text-slate-900">{name}</dt>
                <dd className="mb-1 text-slate-600 sm:mb-0">{t(`column.${name}`, { defaultValue: what })}</dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>
    </div>
  );
}

function ImportReport({ file, result, ref }: { file: Chosen; result: ImportResult; ref: React.Ref<HTMLDivElement> }) {
  const { t } = useTranslation('productImport');
  const errors = [...result.errors].sort((a, b) => a.line - b.line);
  const badLines = new Set(errors.map((e) => e.line)).size;
  const ok = errors.length === 0;
  return (
    <div ref={ref} tabIndex={-1} className="mt-4 flex flex-col gap-4 focus:outline-none">
      <div role="status" className={cx('rounded-md border p-3 text-sm', ok ? 'border-emerald-200 bg-emerald-50 text-emerald-900' : 'border-amber-300 bg-amber-50 text-amber-900')}>
        <p className="font-semibold">{ok ? t('report.ok', { name: file.name }) : t('report.partial', { name: file.name, lines: plural(badLines, 'line') })}</p>
        <p>
          {result.unchanged !== undefined
            ? t('report.countsUnchanged', { created: plural(result.created, 'product'), updated: plural(result.updated, 'product'), unchanged: plural(result.unchanged, 'product') })
            : t('report.counts', { created: plural(result.created, 'product'), updated: plural(result.updated, 'product') })}
        </p>
        {!ok && <p className="mt-1">{t('report.fix')}</p>}
      </div>
      {!ok && (
        <section aria-labelledby="import-errors-heading">
          <h3 id="import-errors-heading" className="mb-2 text-sm font-semibold text-slate-900">
            {t('report.errors', { count: errors.length })}
          </h3>
          <ol className="flex flex-col divide-y divide-slate-200 rounded-lg border border-red-200 bg-white">
            {errors.map((e, i) => {
              const text = e.line >= 1 ? file.lines[e.line - 1] : undefined;
              return (
                <li key={`${e.line}-${e.column ?? ''}-${i}`} className="flex flex-col gap-1 px-3 py-2.5 text-sm">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="font-semibold text-red-800">{t('report.line', { line: e.line })}</span>
                    {e.column && <Badge tone="red">{e.column}</Badge>}
                  </p>
                  <p className="text-slate-800">{e.message}</p>
                  {text !== undefined && text.trim() !== '' && (
                    <code className="block overflow-x-auto rounded bg-slate-50 px-2 py-1 font-mono text-xs whitespace-pre text-slate-600">
                      {text.length > 300 ? `${text.slice(0, 300)}…` : text}
                    </code>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </div>
  );
}
