import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import 'dayjs/locale/id';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { ToastProvider } from './components/toast.js';
import { I18nProvider } from './i18n/i18n.js';
import { theme } from './theme.js';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme} defaultColorScheme="light">
        {/* Date inputs read DD/MM/YYYY in Indonesian whatever the OS locale (renderer/components/date-field.tsx). */}
        <DatesProvider settings={{ locale: 'id', firstDayOfWeek: 1 }}>
          <I18nProvider>
            <ToastProvider>
              <App />
            </ToastProvider>
          </I18nProvider>
        </DatesProvider>
      </MantineProvider>
    </StrictMode>,
  );
}
