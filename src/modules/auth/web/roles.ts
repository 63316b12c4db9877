import { defineMessages } from '../../../platform/web/i18n.js';
import type { Role } from './use-session.js';

export const ROLES: readonly Role[] = ['admin', 'organizer', 'inspector', 'decider'];

/** Role names as administrators read them; `short*` fits a table cell. */
export const roleMessages = defineMessages({
  vi: {
    admin: 'Quản trị hệ thống',
    organizer: 'Cán bộ tổ chức (nghiệp vụ)',
    inspector: 'Thanh tra, giám sát (chỉ xem)',
    decider: 'Thẩm quyền quyết định (thay mặt cơ quan quản lý)',
    shortAdmin: 'Quản trị',
    shortOrganizer: 'Tổ chức',
    shortInspector: 'Thanh tra',
    shortDecider: 'Quyết định',
  },
  en: {
    admin: 'System administrator',
    organizer: 'Personnel officer (case work)',
    inspector: 'Inspector, oversight (read only)',
    decider: 'Decision authority (acting for a management body)',
    shortAdmin: 'Admin',
    shortOrganizer: 'Personnel',
    shortInspector: 'Inspector',
    shortDecider: 'Decider',
  },
});

export const SHORT_ROLE_KEY = {
  admin: 'shortAdmin',
  organizer: 'shortOrganizer',
  inspector: 'shortInspector',
  decider: 'shortDecider',
} as const satisfies Record<Role, keyof (typeof roleMessages)['vi']>;

export const ROLE_COLOR: Record<Role, string> = { admin: 'red', organizer: 'blue', inspector: 'purple', decider: 'magenta' };
