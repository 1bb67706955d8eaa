'use client';

import { useState, type FormEvent } from 'react';

export function LoginForm({ next }: { next: string }) {
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setMessage('');
    const response = await fetch('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: form.get('name'), password: form.get('password') }),
    }).catch(() => null);
    setBusy(false);
    if (response?.ok) return window.location.assign(next);
    const body = (await response?.json().catch(() => null)) as { error?: string } | null;
    setMessage(body?.error ?? 'The server did not answer; try again.');
  };
  return (
    <form className="login" onSubmit={(e) => void submit(e)} aria-label="Sign in">
      <h1>Sign in</h1>
      <label>
        Name
        <input name="name" type="text" autoComplete="username" required maxLength={80} autoFocus />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <button type="submit" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
      <p role="alert" className="error-text">
        {message}
      </p>
    </form>
  );
}
