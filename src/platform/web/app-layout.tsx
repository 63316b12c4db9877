import { LogoutOutlined, MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Drawer, Layout } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import './app-layout.css';
import { useT } from './i18n.js';
import { LanguageSwitch } from './language-switch.js';
import { platformMessages } from './platform.messages.js';
import { PHONE_QUERY, useMediaQuery } from './use-media-query.js';

export interface NavItem {
  readonly path: string;
  readonly label: string;
  readonly icon: ReactNode;
}

interface AppLayoutProps {
  readonly nav: readonly NavItem[];
  readonly userName: string;
  /** Where the user's name links to (their own account page). */
  readonly accountPath: string;
  readonly onLogout: () => void;
  readonly children: ReactNode;
}

const COLLAPSED_KEY = 'merit_nav_collapsed';

function Brand() {
  const t = useT(platformMessages);
  return (
    <Link to="/" className="merit-brand">
      <img src="/favicon.svg" alt="" width={28} height={28} />
      <span>{t('product')}</span>
      <span className="merit-brand-tagline merit-hide-phone">{t('productTagline')}</span>
    </Link>
  );
}

function NavList({
  nav,
  collapsed,
  light,
  onNavigate,
}: {
  nav: readonly NavItem[];
  collapsed?: boolean;
  light?: boolean;
  onNavigate?: () => void;
}) {
  const t = useT(platformMessages);
  const cls = ['merit-nav', collapsed ? 'merit-nav-collapsed' : '', light ? 'merit-nav-light' : ''].join(' ');
  return (
    <nav aria-label={t('mainNav')} className={cls}>
      <ul>
        {nav.map((item) => (
          <li key={item.path}>
            <NavLink to={item.path} onClick={onNavigate} title={collapsed ? item.label : undefined}>
              <span className="merit-nav-icon" aria-hidden="true">
                {item.icon}
              </span>
              <span className={collapsed ? 'merit-sr-only' : undefined}>{item.label}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The signed-in frame: header (brand, user, language, sign-out), side navigation (a drawer at phone
 * width) and the `<main>` landmark every page renders into.
 */
export function AppLayout({ nav, userName, accountPath, onLogout, children }: AppLayoutProps) {
  const t = useT(platformMessages);
  const phone = useMediaQuery(PHONE_QUERY);
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(COLLAPSED_KEY) === '1');
  const [drawerOpen, setDrawerOpen] = useState(false);
  const toggleCollapsed = () => {
    localStorage.setItem(COLLAPSED_KEY, collapsed ? '0' : '1');
    setCollapsed(!collapsed);
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="merit-skip-link" href="#main">
        {t('skipToContent')}
      </a>
      {!phone && (
        <Layout.Sider
          width={240}
          collapsedWidth={64}
          collapsed={collapsed}
          trigger={null}
          style={{ position: 'sticky', top: 0, height: '100vh' }}
        >
          <NavList nav={nav} collapsed={collapsed} />
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header className="merit-header">
          {phone ? (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('openMenu')}
              aria-expanded={drawerOpen}
              onClick={() => setDrawerOpen(true)}
            />
          ) : (
            <Button
              type="text"
              icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              aria-label={collapsed ? t('expandMenu') : t('collapseMenu')}
              aria-expanded={!collapsed}
              onClick={toggleCollapsed}
            />
          )}
          <Brand />
          <div className="merit-header-spacer" />
          {!phone && <LanguageSwitch size="small" />}
          <Link to={accountPath} className="merit-user" aria-label={t('userMenu', { name: userName })}>
            <UserOutlined aria-hidden="true" />
            <span className="merit-user-name">{userName}</span>
          </Link>
          <Button type="text" icon={<LogoutOutlined />} onClick={onLogout} aria-label={phone ? t('logout') : undefined}>
            {phone ? null : t('logout')}
          </Button>
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} className="merit-content">
          {children}
        </Layout.Content>
      </Layout>
      {phone && (
        <Drawer
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          placement="left"
          size={280}
          title={t('product')}
          closable={{ 'aria-label': t('closeMenu') }}
          styles={{ body: { padding: 0 } }}
        >
          <NavList nav={nav} light onNavigate={() => setDrawerOpen(false)} />
          <div style={{ padding: '8px 16px' }}>
            <LanguageSwitch size="small" />
          </div>
        </Drawer>
      )}
    </Layout>
  );
}
