'use client';
import { useState } from 'react';

/** Asks for NETATLAS_TOKEN; the server answers with an HttpOnly cookie. */
export default function LoginForm() {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    const res = await fetch('/api/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }) });
    if (res.ok) window.location.assign('/');
    else setError((await res.json().catch(() => null))?.error?.message ?? `Login failed (${res.status}).`);
  };
  return (
    <form onSubmit={submit} className="w-96 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-lg font-semibold">netatlas</h1>
      <p className="mt-1 text-sm text-slate-600">This dashboard controls a Docker engine. Enter the token it was started with (NETATLAS_TOKEN).</p>
      <label className="mt-4 block text-sm font-medium text-slate-700" htmlFor="token">Token</label>
      <input id="token" type="password" autoComplete="current-password" value={token} onChange={(e) => setToken(e.target.value)}
        className="mt-1 w-full rounded-md border border-slate-300 px-3 py-1.5" />
      {error && <p role="alert" className="mt-2 text-sm text-red-700">{error}</p>}
      <button type="submit" className="mt-4 rounded-md bg-sky-700 px-4 py-1.5 text-sm font-medium text-white">Log in</button>
    </form>
  );
}
