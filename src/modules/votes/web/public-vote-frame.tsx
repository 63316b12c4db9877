import { Typography } from 'antd';
import type { ReactNode } from 'react';
import '../../../platform/web/app-layout.css';
import { useT } from '../../../platform/web/i18n.js';
import { LanguageSwitch } from '../../../platform/web/language-switch.js';
import { platformMessages } from '../../../platform/web/platform.messages.js';
import { usePageTitle } from '../../../platform/web/page-title.js';
import './public-vote.css';

/** The frame of the public voting pages: no sign-in, no navigation; the brand, the language, one column. */
export function PublicVoteFrame({ title, children }: { title: string; children: ReactNode }) {
  const t = useT(platformMessages);
  usePageTitle(title);
  return (
    <div style={{ minHeight: '100vh', background: '#f5f6f8' }}>
      <header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 8,
          padding: '8px 12px',
          flexWrap: 'wrap',
        }}
      >
        <div className="merit-brand">
          <img src="/favicon.svg" alt="" width={24} height={24} />
          <span>{t('product')}</span>
        </div>
        <LanguageSwitch size="small" />
      </header>
      <main id="main" className="merit-vote-main">
        <Typography.Title level={1} style={{ fontSize: 22, margin: '4px 0 12px' }}>
          {title}
        </Typography.Title>
        {children}
      </main>
    </div>
  );
}
