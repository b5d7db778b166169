/**
 * A small toast stack (the app does not ship @mantine/notifications): short confirmations in
 * the bottom-right corner that fade after a few seconds; errors stay until closed.
 *
 * @example
 * const toast = useToast();
 * toast.show({ message: t.forms.toast.pegawaiSaved }); // a sentence: "Pegawai berhasil disimpan."
 */
import { Notification, Stack } from '@mantine/core';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useT } from '../i18n/i18n.js';

export type ToastInput = { color?: string; title?: string; message: string; sticky?: boolean };
type Toast = ToastInput & { id: number };
/** `clear`: drop every toast (a sign-out: the next person must not read the last one's confirmations). */
type ToastApi = { show: (toast: ToastInput) => void; clear: () => void };

const ToastContext = createContext<ToastApi>({ show: () => undefined, clear: () => undefined });
const LIFETIME_MS = 5000;
let nextId = 1;

export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((x) => x.id !== id)), []);
  const show = useCallback(
    (input: ToastInput) => {
      const id = nextId++;
      setToasts((list) => [...list.slice(-3), { ...input, id }]);
      if (!input.sticky) setTimeout(() => dismiss(id), LIFETIME_MS);
    },
    [dismiss],
  );
  const clear = useCallback(() => setToasts([]), []);
  const api = useMemo(() => ({ show, clear }), [show, clear]);
  return (
    <ToastContext value={api}>
      {children}
      <Stack gap="xs" pos="fixed" bottom={16} right={16} w={380} style={{ zIndex: 1000 }} aria-live="polite">
        {toasts.map((toast) => (
          <Notification
            key={toast.id}
            color={toast.color ?? 'teal'}
            title={toast.title}
            onClose={() => dismiss(toast.id)}
            closeButtonProps={{ 'aria-label': t.app.close }}
            withBorder
            role="status"
            data-testid="toast"
          >
            {toast.message}
          </Notification>
        ))}
      </Stack>
    </ToastContext>
  );
}

export function useToast(): ToastApi {
  return useContext(ToastContext);
}
