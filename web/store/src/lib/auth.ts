import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { AuthSession, User } from './types';

// The refresh token lives in an HttpOnly cookie the server sets (script cannot read it, so it
// never reaches storage). Remembered across reloads: who is signed in and the short-lived access
// token (15 min), so a reload needs no refresh; after that the cookie gets a new one.
interface AuthState {
  user: User | null;
  accessToken: string | null;
  /** A refresh cookie should exist: the browser signed in and has not signed out. */
  signedIn: boolean;
  /** Epoch ms after which the access token should be refreshed before use. */
  expiresAt: number;
  setSession: (session: AuthSession) => void;
  setUser: (user: User) => void;
  clear: () => void;
}

export const AUTH_STORAGE_KEY = 'inventra-store-auth';

/** Headers for requests the refresh cookie authenticates, or that should set it. */
export const SESSION_COOKIE_HEADERS = { 'X-Refresh-Cookie': '1', 'X-Inventra-CSRF': '1' } as const;

export const useAuth = create<AuthState>()(
  persist(
    (set) => ({
      user: null,
      accessToken: null,
      signedIn: false,
      expiresAt: 0,
      setSession: (s) =>
        set({
          user: s.user,
          accessToken: s.accessToken,
          signedIn: true,
          expiresAt: Date.now() + s.expiresIn * 1000,
        }),
      setUser: (user) => set({ user }),
      clear: () => set({ user: null, accessToken: null, signedIn: false, expiresAt: 0 }),
    }),
    {
      name: AUTH_STORAGE_KEY,
      partialize: ({ user, accessToken, signedIn, expiresAt }) => ({ user, accessToken, signedIn, expiresAt }),
    },
  ),
);

export const useSignedIn = () => useAuth((s) => s.signedIn);
