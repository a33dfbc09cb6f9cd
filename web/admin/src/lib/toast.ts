import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'success' | 'error';
  href?: string;
  linkText?: string;
}

interface ToastState {
  toasts: Toast[];
  push: (toast: Omit<Toast, 'id'>) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  push: (toast) => {
    const id = nextId++;
    set({ toasts: [...get().toasts.slice(-3), { ...toast, id }] });
    setTimeout(() => get().dismiss(id), toast.tone === 'error' ? 10_000 : 6_000);
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
}));

export const toast = {
  success: (message: string, extra?: Partial<Toast>) => useToasts.getState().push({ message, tone: 'success', ...extra }),
  info: (message: string, extra?: Partial<Toast>) => useToasts.getState().push({ message, tone: 'info', ...extra }),
  error: (message: string, extra?: Partial<Toast>) => useToasts.getState().push({ message, tone: 'error', ...extra }),
};
