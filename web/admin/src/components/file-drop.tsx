import { useState, type ReactNode } from 'react';
import { cx } from '../../../shared/ui';

/**
 * A dashed box files can be dropped on, with a labelled file picker inside (keyboard and screen
 * readers use the picker). `onFiles` gets what was dropped or picked.
 */
export function FileDrop({
  id,
  prompt,
  pickLabel,
  hint,
  accept,
  multiple,
  invalid,
  describedBy,
  onFiles,
}: {
  id: string;
  prompt: ReactNode;
  pickLabel: ReactNode;
  hint: ReactNode;
  accept: string;
  multiple?: boolean;
  invalid?: boolean;
  describedBy?: string;
  onFiles: (files: File[]) => void;
}) {
  const [dragging, setDragging] = useState(false);
  return (
    <div
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        onFiles([...e.dataTransfer.files]);
      }}
      className={cx('flex flex-col items-center gap-2 rounded-lg border-2 border-dashed px-4 py-6 text-center text-sm', dragging ? 'border-indigo-500 bg-indigo-50' : invalid ? 'border-red-400' : 'border-slate-300')}
    >
      <p className="text-slate-700">{prompt}</p>
      <label htmlFor={id} className="cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 shadow-sm hover:bg-slate-50 focus-within:outline-2 focus-within:outline-indigo-600">
        {pickLabel}
      </label>
      <input
        id={id}
        type="file"
        multiple={multiple}
        accept={accept}
        className="sr-only"
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy ?? `${id}-hint`}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          onFiles(files);
        }}
      />
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {hint}
      </p>
    </div>
  );
}
