import { h } from 'preact';
import { useState } from 'preact/hooks';
import { adminApi, ApiError } from '../api/admin-api.ts';
import { keep } from '../session/session.ts';
import { PageTitle } from '../ui/page-title.tsx';

/** The key is checked against an admin endpoint before it is kept: a wrong one is refused here, in plain words. */
async function check(key: string): Promise<string | undefined> {
  if (!key.startsWith('sk_'))
    return 'That is not a secret key: a secret key starts with "sk_". The publishable key (pk_…) cannot open the console.';
  try {
    await adminApi('campaigns', { key });
    return undefined;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401)
      return 'This collector does not know that secret key. Copy it again from your project settings (the demo’s is sk_demo).';
    return (error as Error).message;
  }
}

export function SignInPage() {
  const [problem, setProblem] = useState<{ field: 'key' | 'name'; message: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const key = String(form.get('key') ?? '').trim();
    const name = String(form.get('name') ?? '').trim();
    const refuse = (field: 'key' | 'name', message: string) => {
      setProblem({ field, message });
      // the field to fix takes focus: the button had it, and is disabled while the key is checked, which drops focus
      requestAnimationFrame(() => document.getElementById(field)?.focus());
    };
    if (name === '') {
      refuse('name', 'Enter your name: it is kept with every change you make, in the campaign’s history.');
      return;
    }
    setBusy(true);
    const message = await check(key);
    setBusy(false);
    if (message) refuse('key', message);
    else keep({ key, name });
  };
  const error = (field: 'key' | 'name') => problem?.field === field;
  return (
    <main class="sign-in">
      <div class="sign-in-card">
        <span class="brand">
          <span class="brand-mark" aria-hidden="true" />
          GrowthKit
        </span>
        <PageTitle title="Sign in to the console" />
        <p class="muted">Use your project’s secret key. It stays in this tab only and is gone when you close it.</p>
        <form onSubmit={submit} noValidate>
          <div class="field">
            <label for="name">Your name</label>
            <input
              id="name"
              name="name"
              autocomplete="name"
              aria-invalid={error('name')}
              aria-describedby={error('name') ? 'name-error' : 'name-hint'}
            />
            <p id="name-hint" class="hint">
              Shown in the history of every change you make.
            </p>
            {error('name') && (
              <p id="name-error" class="error" role="alert">
                {problem?.message}
              </p>
            )}
          </div>
          <div class="field">
            <label for="key">Secret key</label>
            <input
              id="key"
              name="key"
              type="password"
              autocomplete="off"
              spellcheck={false}
              aria-invalid={error('key')}
              aria-describedby={error('key') ? 'key-error' : undefined}
            />
            {error('key') && (
              <p id="key-error" class="error" role="alert">
                {problem?.message}
              </p>
            )}
          </div>
          <button type="submit" class="button button-primary button-wide" disabled={busy}>
            {busy ? 'Checking…' : 'Sign in'}
          </button>
        </form>
      </div>
    </main>
  );
}
