import { Empty } from 'antd';
import { useT } from '../../../platform/web/i18n.js';
import { diffFields } from './audit-diff-fields.js';
import { auditMessages } from './audit.messages.js';

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** The old value struck through in red, the new one in green; an absent value is a plain dash. */
function Value({ value, as: Tag }: { value: unknown; as: 'del' | 'ins' }) {
  if (isEmpty(value)) return <span>—</span>;
  const color = Tag === 'del' ? '#a8071a' : '#135200';
  return <Tag style={{ color, ...(Tag === 'ins' ? { textDecoration: 'none' } : {}) }}>{show(value)}</Tag>;
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Before/after of an audit event as a readable list: `key: old → new`. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const t = useT(auditMessages);
  if ((before === null || before === undefined) && (after === null || after === undefined)) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('diffNone')} />;
  }
  const changes = diffFields(before, after);
  if (changes.length === 0) return <p style={{ margin: 0 }}>{t('diffSame')}</p>;
  return (
    <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'minmax(0, max-content) minmax(0, 1fr)', gap: '4px 12px' }}>
      {changes.map((c) => (
        <div key={c.key} style={{ display: 'contents' }}>
          <dt style={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>{c.key}</dt>
          <dd style={{ margin: 0, overflowWrap: 'anywhere' }}>
            <Value value={c.before} as="del" /> → <Value value={c.after} as="ins" />
          </dd>
        </div>
      ))}
    </dl>
  );
}
