import type { ReactNode } from 'react';

/** A file the user chose, read as text. */
export interface ChosenTextFile {
  readonly name: string;
  readonly text: string;
}

export interface TextFileButtonProps {
  /** The input's id; the label points at it. */
  readonly id: string;
  readonly label: ReactNode;
  readonly accept: string;
  readonly labelClassName?: string;
  readonly disabled?: boolean;
  readonly describedBy?: string;
  readonly onFile: (file: ChosenTextFile) => void;
}

/**
 * A button-like label over a hidden file input that hands on the chosen file's text. The input is
 * cleared once read, so choosing the same file again (after fixing it) is read again.
 */
export function TextFileButton({
  id,
  label,
  accept,
  labelClassName = 'button-like',
  disabled,
  describedBy,
  onFile,
}: TextFileButtonProps) {
  return (
    <>
      <label className={labelClassName} htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="visually-hidden-input"
        type="file"
        accept={accept}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile({ name: file.name, text: await file.text() });
        }}
      />
    </>
  );
}
