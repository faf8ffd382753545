/** Development sign-in: a token from the dashboard server's /dev/token, kept for this browser tab only. */
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import { SESSION_KEY, type Session, storedSession } from './session.ts';

interface AuthState {
  session: Session | null;
  /** Whether the server offers development sign-in (never in production). */
  available: boolean;
  signIn(agency: string, roles: string[], user: string): Promise<void>;
  signOut(): void;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children, onChange }: { children: React.ReactNode; onChange: () => void }) {
  const [session, setSession] = useState(storedSession);
  const [available, setAvailable] = useState(false);
  useEffect(() => {
    fetch('/dev/status')
      .then((r) => (r.ok ? (r.json() as Promise<{ signIn: boolean }>) : { signIn: false }))
      .then((s) => setAvailable(s.signIn))
      .catch(() => setAvailable(false));
  }, []);
  const signIn = useCallback(
    async (agency: string, roles: string[], user: string) => {
      const res = await fetch('/dev/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ agency, roles, user }),
      });
      if (!res.ok) throw new Error(((await res.json().catch(() => ({}))) as { error?: string }).error ?? `sign-in failed (${res.status})`);
      const { token } = (await res.json()) as { token: string };
      const next = { token, agency, roles, user };
      sessionStorage.setItem(SESSION_KEY, JSON.stringify(next));
      setSession(next);
      onChange();
    },
    [onChange],
  );
  const signOut = useCallback(() => {
    sessionStorage.removeItem(SESSION_KEY);
    setSession(null);
    onChange();
  }, [onChange]);
  return <AuthContext.Provider value={{ session, available, signIn, signOut }}>{children}</AuthContext.Provider>;
}

export function useAuth() {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside <AuthProvider>');
  return auth;
}
