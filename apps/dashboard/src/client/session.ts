/** The development session, kept for this browser tab only (no React here: the entry reads it). */
export interface Session {
  readonly token: string;
  readonly agency: string;
  readonly user: string;
  readonly roles: string[];
}

export const SESSION_KEY = 'ssc-dashboard-session';

export function storedSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    const payload = JSON.parse(atob(session.token.split('.')[1]?.replace(/-/g, '+').replace(/_/g, '/') ?? '')) as { exp?: number };
    if (payload.exp && payload.exp * 1000 < Date.now()) return null;
    return session;
  } catch {
    return null;
  }
}

/** The token the GraphQL link sends (read at each request). */
export const currentToken = () => storedSession()?.token ?? null;
