'use client';
import { useState } from 'react';

/** Ends this browser's session (POST /api/logout) and returns to the login page; shown only when the server needs a token. */
export default function LogoutButton() {
  const [error, setError] = useState<string | null>(null);
  const logout = async () => {
    setError(null);
    const res = await fetch('/api/logout', { method: 'POST' }).catch(() => null);
    if (res?.ok) window.location.assign('/login');
    else setError(res ? `Logout failed (${res.status}).` : 'Logout failed: the server did not answer.');
  };
  return (
    <span className="flex items-center gap-2">
      <button type="button" onClick={() => void logout()} className="rounded-md border border-slate-300 px-2 py-0.5 text-sm text-slate-700 hover:bg-slate-100">
        Log out
      </button>
      {error && <span role="alert" className="text-xs text-red-700">{error}</span>}
    </span>
  );
}
