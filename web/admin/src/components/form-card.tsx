import type { FormEvent, ReactNode } from 'react';
import { Button, ErrorMessage } from '../../../shared/ui';
import { Card } from './common';

/**
 * A card holding one create form: its fields, the server's error when no field shows it, and the
 * submit button. `fieldErrors` are the errors the fields show.
 */
export function FormCard({
  title,
  onSubmit,
  fieldErrors,
  error,
  busy,
  submitLabel,
  children,
}: {
  title: ReactNode;
  onSubmit: () => void;
  fieldErrors: Record<string, string>;
  error: unknown;
  busy: boolean;
  submitLabel: string;
  children: ReactNode;
}) {
  return (
    <Card title={title}>
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        {children}
        {error && !Object.keys(fieldErrors).length ? <ErrorMessage error={error} /> : null}
        <div>
          <Button type="submit" variant="primary" loading={busy}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </Card>
  );
}

/** A page section with its own heading, named by it for screen readers. */
export function TitledSection({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
