/**
 * Secondary text colour that keeps a 4.5:1 contrast on white (WCAG AA); antd's own secondary
 * text (45 % black) is about 3.4:1, which axe reports.
 */
export const MUTED_TEXT = 'rgba(0, 0, 0, 0.65)';

/** Below antd's `lg` breakpoint the tree and the detail stack vertically. */
export const STACKED_QUERY = '(max-width: 991.98px)';

/** Links inside running text are underlined: colour alone does not tell them apart (WCAG 1.4.1). */
export const TEXT_LINK = { textDecoration: 'underline' } as const;
