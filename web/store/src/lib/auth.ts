import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { AuthSession, User } from './types';

// The refresh token lives in an HttpOnly cookie the server sets (script cannot read it); the
// access token stays in memory only. What is remembered across reloads is who is signed in, so
// the next page load knows to ask for a new access token with that cookie.
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
      partialize: ({ user, signedIn }) => ({ user, signedIn }),
    },
  ),
);

export const useSignedIn = () => useAuth((s) => s.signedIn);
