import { Badge, createTheme, InputWrapper, NavLink, Table, Tooltip } from '@mantine/core';

/**
 * Calm teal for the app; orange is reserved for the demo warning so it always stands out.
 * System fonts only: the CSP allows no remote fonts and office PCs may be offline.
 *
 * Density is set here once so every screen gets it: an operator works through hundreds of rows a
 * day on a 1366×768 screen, so tables are compact, striped and highlight the row under the mouse,
 * and headers never wrap.
 */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 7,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, Cantarell, sans-serif',
  defaultRadius: 'sm',
  headings: {
    fontWeight: '600',
    // Page titles take less of a short screen; the content is what the operator came for.
    sizes: { h2: { fontSize: '1.375rem', lineHeight: '1.3' }, h3: { fontSize: '1.125rem', lineHeight: '1.35' } },
  },
  components: {
    Table: Table.extend({
      defaultProps: { striped: true, highlightOnHover: true, verticalSpacing: 6, horizontalSpacing: 'sm' },
      styles: { th: { whiteSpace: 'nowrap' } },
    }),
    // A badge is never cut ("DIAJUK…"): it keeps the width of its words and its column makes room.
    Badge: Badge.extend({
      styles: {
        root: { overflow: 'visible', flexShrink: 0, minWidth: 'max-content' },
        label: { overflow: 'visible', textOverflow: 'clip' },
      },
    }),
    // A field's label stays on one line ("Salin dari tahun" broke in two); fields are sized for it.
    InputWrapper: InputWrapper.extend({ styles: { label: { whiteSpace: 'nowrap' } } }),
    NavLink: NavLink.extend({ defaultProps: { py: 6 } }),
    Tooltip: Tooltip.extend({ defaultProps: { openDelay: 250, withArrow: true } }),
  },
});
