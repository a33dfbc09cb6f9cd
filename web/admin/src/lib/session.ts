// The signed-in session: tokens and user, kept in localStorage so a reload (or another tab)
// keeps the admin signed in. Refresh tokens rotate and reuse revokes the whole family, so only
// one refresh may run at a time, across tabs too (Web Locks where available).
import { create } from 'zustand';
import { createApiClient } from '../../../shared/api';
import type { AuthResponse, User } from './types';

export interface Session {
  user: User;
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds when the access token expires. */
  expiresAt: number;
}

const storageKey = 'inventra.admin.session';

function readStored(): Session | null {
  try {
    const raw = localStorage.getItem(storageKey);
    if (!raw) return null;
    const s = JSON.parse(raw) as Session;
    return s && s.refreshToken && s.user ? s : null;
  } catch {
    return null;
  }
}

function writeStored(session: Session | null) {
  try {
    if (session) localStorage.setItem(storageKey, JSON.stringify(session));
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
    if (stored) useSession.setState({ session: stored });
    else useSession.setState({ session: null });
  });
}

export function toSession(res: AuthResponse, fallbackUser?: User): Session {
  const user = res.user ?? fallbackUser;
  if (!user) throw new Error('The server did not return the signed-in user.');
  return { user, accessToken: res.accessToken, refreshToken: res.refreshToken, expiresAt: Date.now() + Math.max(10, res.expiresIn ?? 900) * 1000 };
}

let refreshing: Promise<string | null> | null = null;

async function refreshUnderLock(staleToken: string | null): Promise<string | null> {
  // Another tab may already have rotated the pair; take its result instead of reusing ours.
  const stored = readStored();
  const current = useSession.getState().session;
  if (stored && stored.accessToken !== staleToken && stored.expiresAt > Date.now() + 15_000) {
    useSession.setState({ session: stored });
    return stored.accessToken;
  }
  const base = stored ?? current;
  if (!base) return null;
  let res: Response;
  try {
    res = await fetch('/v1/auth/refresh', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ refreshToken: base.refreshToken }),
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
  const res = await api.post<AuthResponse>('/v1/auth/login', { email, password });
  if (!res.user) throw new Error('The server did not return the signed-in user.');
  if (res.user.role === 'customer') {
    await api.post('/v1/auth/logout', { refreshToken: res.refreshToken }).catch(() => undefined);
    useSession.getState().clear(customerNotice);
    return;
  }
  useSession.getState().setSession(toSession(res));
}

export async function signOut(): Promise<void> {
  const session = useSession.getState().session;
  useSession.getState().clear('You are signed out.');
  if (session) {
    await fetch('/v1/auth/logout', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.accessToken}` },
      body: JSON.stringify({ refreshToken: session.refreshToken }),
    }).catch(() => undefined);
  }
}

export function useRole() {
  return useSession((s) => s.session?.user.role ?? null);
}
