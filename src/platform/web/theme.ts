import type { ThemeConfig } from 'antd';

/**
 * antd's default blue (#1677ff) and its 45% grey text fall below WCAG AA contrast (4.5:1) on white;
 * these tokens keep every text colour at AA or better.
 */
export const meritTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1d4ed8',
    colorLink: '#1d4ed8',
    // Hover shades darken instead of lighten, so text stays at AA under the pointer too.
    colorPrimaryHover: '#1e40af',
    colorLinkHover: '#1e3a8a',
    colorInfo: '#1d4ed8',
    colorError: '#c0262d',
    colorSuccess: '#2f7d1f',
    colorWarning: '#a15c07',
    // Dark seeds give muddy derived backgrounds; these keep tags and alerts light, text at AA.
    colorInfoBg: '#eaf0ff',
    colorInfoBorder: '#b7c8f6',
    colorErrorBg: '#fdeced',
    colorErrorBorder: '#f2b8bb',
    colorSuccessBg: '#eef7ea',
    colorSuccessBorder: '#b9dcab',
    colorWarningBg: '#fdf4e3',
    colorWarningBorder: '#efd08f',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif, 'Apple Color Emoji', 'Segoe UI Emoji'",
  },
  components: {
    // The "no data" line of a table is drawn in the disabled colour (25 % black).
    Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.62)' },
    // Days of the neighbouring months in the calendar are clickable, so they need AA contrast too.
    DatePicker: { colorTextDisabled: 'rgba(0, 0, 0, 0.56)' },
    Layout: { headerBg: '#ffffff', headerPadding: '0 16px', siderBg: '#0f1e3d', triggerBg: '#0a1630' },
    Menu: { darkItemBg: '#0f1e3d', darkSubMenuItemBg: '#0a1630', darkItemSelectedBg: '#1d4ed8' },
  },
};
