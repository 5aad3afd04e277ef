/** localStorage that never throws (private mode, quota, disabled storage all fall back to defaults). */
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Remembering a preference is a convenience; the URL still carries the view.
  }
}
