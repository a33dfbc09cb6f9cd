import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { AuthSession, User } from './types';

interface AuthState {
  user: User | null;
  accessToken: string | null;
  refreshToken: string | null;
  /** Epoch ms after which the access token should be refreshed before use. */
  expiresAt: number;
  setSession: (session: AuthSession) => void;
  setUser: (user: User) => void;
  clear: () => void;
}

export const AUTH_STORAGE_KEY = 'inventra-store-auth';

export const useAuth = create<AuthState>()(
  persist(
    (set) => ({
      user: null,
      accessToken: null,
      refreshToken: null,
      expiresAt: 0,
      setSession: (s) =>
        set({
          user: s.user,
          accessToken: s.accessToken,
          refreshToken: s.refreshToken,
          expiresAt: Date.now() + s.expiresIn * 1000,
        }),
      setUser: (user) => set({ user }),
      clear: () => set({ user: null, accessToken: null, refreshToken: null, expiresAt: 0 }),
    }),
    {
      name: AUTH_STORAGE_KEY,
      partialize: ({ user, accessToken, refreshToken, expiresAt }) => ({ user, accessToken, refreshToken, expiresAt }),
    },
  ),
);

export const useSignedIn = () => useAuth((s) => s.refreshToken !== null);
