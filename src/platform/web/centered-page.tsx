import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import './app-layout.css';
import { useT } from './i18n.js';
import { LanguageSwitch } from './language-switch.js';
import { platformMessages } from './platform.messages.js';

/** The frame of the sign-in steps (login, code, enrolment, new password): one card in the middle. */
export function CenteredPage({ title, children, width = 420 }: { title: string; children: ReactNode; width?: number }) {
  const t = useT(platformMessages);
  return (
    <div style={{ minHeight: '100vh', background: 'linear-gradient(180deg, #eef2fb 0%, #f7f8fa 100%)' }}>
      <header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 12,
          padding: '12px 16px',
          flexWrap: 'wrap',
        }}
      >
        <div className="merit-brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>{t('product')}</span>
          <span className="merit-brand-tagline merit-hide-phone">{t('productTagline')}</span>
        </div>
        <LanguageSwitch size="small" />
      </header>
      <main id="main" style={{ display: 'flex', justifyContent: 'center', padding: '24px 12px 48px' }}>
        <Card style={{ width: '100%', maxWidth: width }} styles={{ body: { padding: 24 } }}>
          <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0, marginBottom: 16 }}>
            {title}
          </Typography.Title>
          {children}
        </Card>
      </main>
    </div>
  );
}
