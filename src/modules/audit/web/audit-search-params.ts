/** The audit filters live in the URL (`/audit?unitId=5&action=org.unit.`), so a view can be shared. */
export interface AuditFilters {
  unitId?: number;
  actor?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  /** ISO instants with the +07:00 offset. */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [20, 50, 100, 200] as const;
const TEXT_KEYS = ['actor', 'entityType', 'entityId', 'action', 'from', 'to'] as const;

function positiveInt(raw: string | null): number | undefined {
  const n = Number(raw);
  return raw && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

export function readFilters(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = { page: positiveInt(params.get('page')) ?? 1, pageSize: 50 };
  const size = positiveInt(params.get('pageSize'));
  if (size !== undefined && (PAGE_SIZES as readonly number[]).includes(size)) filters.pageSize = size;
  const unitId = positiveInt(params.get('unitId'));
  if (unitId !== undefined) filters.unitId = unitId;
  for (const key of TEXT_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

export function writeFilters(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.unitId !== undefined) params.set('unitId', String(filters.unitId));
  for (const key of TEXT_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.page > 1) params.set('page', String(filters.page));
  if (filters.pageSize !== 50) params.set('pageSize', String(filters.pageSize));
  return params;
}
