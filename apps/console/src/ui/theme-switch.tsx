import { h } from 'preact';
import { signal } from '@preact/signals';

type Scheme = 'light' | 'dark';

const STORE = 'growthkit:console:theme';
const initial = (): Scheme => {
  const saved = localStorage.getItem(STORE);
  if (saved === 'light' || saved === 'dark') return saved;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
};

/** The console's colour scheme: the system's until the user picks one here. */
export const scheme = signal<Scheme>(initial());
document.documentElement.dataset.theme = scheme.value;

export function ThemeSwitch() {
  const next: Scheme = scheme.value === 'dark' ? 'light' : 'dark';
  const toggle = () => {
    scheme.value = next;
    localStorage.setItem(STORE, next);
    document.documentElement.dataset.theme = next;
  };
  return (
    <button type="button" class="button button-quiet" aria-pressed={scheme.value === 'dark'} onClick={toggle}>
      Dark mode
    </button>
  );
}
