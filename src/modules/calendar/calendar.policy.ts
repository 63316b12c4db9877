/**
 * Who may change the days off: they move every working-day deadline of the installation (a province),
 * so only an administrator of a root unit. Everyone signed in reads them. Pure, shared with the UI.
 */
export interface CalendarEditor {
  readonly grants: readonly { readonly role: string; readonly unitPath: string }[];
}

const isRootPath = (path: string) => /^\/\d+\/$/.test(path);

export function canEditDaysOff(editor: CalendarEditor): boolean {
  return editor.grants.some((g) => g.role === 'admin' && isRootPath(g.unitPath));
}
