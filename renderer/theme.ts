import { createTheme } from '@mantine/core';

/**
 * Calm teal for the app; orange is reserved for the demo warning so it always stands out.
 * System fonts only: the CSP allows no remote fonts and office PCs may be offline.
 */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 7,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, Cantarell, sans-serif',
  defaultRadius: 'sm',
  headings: { fontWeight: '600' },
});
