// The signed-in session. The refresh token is an HttpOnly cookie the server sets (script cannot
// read it, so an injected script cannot carry it away); the access token lives in memory only.
// localStorage remembers who is signed in, so a reload (or another tab) gets a fresh access token
// with the cookie. Refresh tokens rotate and reuse revokes the whole family, so only one refresh
// may run at a time, across tabs too (Web Locks where available).
import { create } from 'zustand';
import { createApiClient } from '../../../shared/api';
import type { AuthResponse, User } from './types';

export interface Session {
  user: User;
  /** Empty until the first refresh after a reload. */
  accessToken: string;
  /** Epoch milliseconds when the access token expires. */
  expiresAt: number;
}

/** Requests the refresh cookie authenticates (or that should set it) send these. */
const COOKIE_HEADERS = { 'X-Refresh-Cookie': '1', 'X-Inventra-CSRF': '1' } as const;

const storageKey = 'inventra.admin.session';

function readStored(): Session | null {
  try {
    const raw = localStorage.getItem(storageKey);
    if (!raw) return null;
    const s = JSON.parse(raw) as { user?: User };
    return s && s.user ? { user: s.user, accessToken: '', expiresAt: 0 } : null;
  } catch {
    return null;
  }
}

function writeStored(session: Session | null) {
  try {
    // Only who is signed in; tokens never reach storage.
    if (session) localStorage.setItem(storageKey, JSON.stringify({ user: session.user }));
    else localStorage.removeItem(storageKey);
  } catch {
    // Private mode without storage: the session simply lives in memory.
  }
}

interface SessionState {
  session: Session | null;
  /** Why the user was signed out, shown on the sign-in page. */
  notice: string | null;
  setSession: (session: Session) => void;
  setUser: (user: User) => void;
  clear: (notice?: string | null) => void;
}

export const useSession = create<SessionState>((set, get) => ({
  session: readStored(),
  notice: null,
  setSession: (session) => {
    writeStored(session);
    set({ session, notice: null });
  },
  setUser: (user) => {
    const current = get().session;
    if (!current) return;
    const session = { ...current, user };
    writeStored(session);
    set({ session });
  },
  clear: (notice = null) => {
    writeStored(null);
    set({ session: null, notice });
  },
}));

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key !== storageKey) return;
    const stored = readStored();
    const current = useSession.getState().session;
    if (!stored) useSession.setState({ session: null });
    else if (!current) useSession.setState({ session: stored });
    else useSession.setState({ session: { ...current, user: stored.user } });
  });
}

export function toSession(res: AuthResponse, fallbackUser?: User): Session {
  const user = res.user ?? fallbackUser;
  if (!user) throw new Error('The server did not return the signed-in user.');
  return { user, accessToken: res.accessToken, expiresAt: Date.now() + Math.max(10, res.expiresIn ?? 900) * 1000 };
}

let refreshing: Promise<string | null> | null = null;

async function refreshUnderLock(staleToken: string | null): Promise<string | null> {
  // A caller that waited for the lock may find a fresh token already there.
  const current = useSession.getState().session;
  if (current && current.accessToken && current.accessToken !== staleToken && current.expiresAt > Date.now() + 15_000) return current.accessToken;
  const base = current ?? readStored();
  if (!base) return null;
  let res: Response;
  try {
    // The cookie jar is shared by every tab, so each refresh sends the newest refresh cookie.
    res = await fetch('/v1/auth/refresh', {
      method: 'POST',
      headers: { Accept: 'application/json', ...COOKIE_HEADERS },
      credentials: 'same-origin',
    });
  } catch {
    return null;
  }
  if (!res.ok) {
    if (res.status === 400 || res.status === 401 || res.status === 403) useSession.getState().clear('Your session has ended. Sign in again.');
    return null;
  }
  const body = (await res.json()) as AuthResponse;
  const session = toSession(body, base.user);
  useSession.getState().setSession(session);
  return session.accessToken;
}

/** Rotates the token pair once, however many callers ask at the same time. */
export function refreshAccessToken(staleToken: string | null = null): Promise<string | null> {
  if (!refreshing) {
    const run = () => refreshUnderLock(staleToken);
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    refreshing = (locks ? locks.request('inventra-admin-refresh', run) : run()).finally(() => {
      refreshing = null;
    });
  }
  return refreshing;
}

export async function currentAccessToken(): Promise<string | null> {
  const session = useSession.getState().session;
  if (!session) return null;
  if (session.expiresAt - Date.now() < 30_000) return (await refreshAccessToken(session.accessToken)) ?? null;
  return session.accessToken;
}

export const api = createApiClient({
  getAccessToken: currentAccessToken,
  refreshAccessToken: (stale) => refreshAccessToken(stale),
  onUnauthorized: () => useSession.getState().clear('Your session has ended. Sign in again.'),
});

export const customerNotice = 'This account is a customer account. The admin is only for staff and administrators; use the storefront to shop, or ask an administrator to give you the staff role.';

export async function signIn(email: string, password: string): Promise<void> {
  const res = await api.request<AuthResponse>('POST', '/v1/auth/login', { body: { email, password }, headers: { ...COOKIE_HEADERS } });
  if (!res.user) throw new Error('The server did not return the signed-in user.');
  if (res.user.role === 'customer') {
    await fetch('/v1/auth/logout', { method: 'POST', headers: { Authorization: `Bearer ${res.accessToken}` } }).catch(() => undefined);
    useSession.getState().clear(customerNotice);
    return;
  }
  useSession.getState().setSession(toSession(res));
}

export async function signOut(): Promise<void> {
  const session = useSession.getState().session;
  if (session) {
    // The access token names the session; the server ends it and clears the refresh cookie.
    const token = session.accessToken && session.expiresAt > Date.now() ? session.accessToken : await refreshAccessToken(session.accessToken || null).catch(() => null);
    if (token) await fetch('/v1/auth/logout', { method: 'POST', headers: { Authorization: `Bearer ${token}` } }).catch(() => undefined);
  }
  useSession.getState().clear('You are signed out.');
}

export function useRole() {
  return useSession((s) => s.session?.user.role ?? null);
}
