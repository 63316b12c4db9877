import { Typography } from 'antd';
import { useT } from '../../../../platform/web/i18n.js';
import { organizerMessages } from './organizer.messages.js';
import { groupFingerprint } from './round-view.js';

/** The frozen roll's SHA-256, large and grouped by four so the room can read it aloud and compare. */
export function RollFingerprint({ value }: { value: string }) {
  const t = useT(organizerMessages);
  return (
    <section aria-labelledby="roll-fingerprint-title" style={{ margin: '8px 0 16px' }}>
      <h3 id="roll-fingerprint-title" style={{ fontSize: 16, margin: '0 0 8px' }}>
        {t('fingerprint')}
      </h3>
      <div
        data-testid="roll-fingerprint"
        aria-labelledby="roll-fingerprint-title"
        role="group"
        style={{
          fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
          fontSize: 22,
          lineHeight: 1.6,
          letterSpacing: 1,
          padding: '12px 16px',
          background: '#f6ffed',
          border: '1px solid #b7eb8f',
          borderRadius: 8,
          display: 'inline-block',
        }}
      >
        {groupFingerprint(value).map((line, i) => (
          <div key={i}>{line.join(' ')}</div>
        ))}
      </div>
      <Typography.Paragraph style={{ margin: '8px 0 0' }}>{t('fingerprintHelp')}</Typography.Paragraph>
    </section>
  );
}
