import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Space, Spin, Steps, Typography } from 'antd';
import { Fragment } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../../platform/web/error-alert.js';
import { formatDate } from '../../../../platform/web/format.js';
import { useT } from '../../../../platform/web/i18n.js';
import { usePageTitle } from '../../../../platform/web/page-title.js';
import { StatusPage } from '../../../../platform/web/status-page.js';
import { useRound, useUnitName } from './organizer.api.js';
import { organizerMessages } from './organizer.messages.js';
import { RoundStatusTag } from './round-labels.js';
import { ROUND_SECTIONS } from './round-sections.js';
import { currentStep, ROUND_STEPS } from './round-view.js';

/** /votes/:roundId — one round, run step by step: set-up, roll, attendance, voting, tally, publication. */
export default function RoundPage() {
  const t = useT(organizerMessages);
  const id = Number(useParams().roundId);
  const valid = Number.isSafeInteger(id) && id > 0;
  const round = useRound(valid ? id : 0);
  const unitName = useUnitName(round.data?.unitId);
  usePageTitle(round.data?.title ?? t('listTitle'));

  if (!valid) return <StatusPage kind="not-found" />;
  if (round.isPending) return <Spin size="large" />;
  if (round.isError) return <ErrorAlert error={round.error} />;
  const r = round.data;
  const step = currentStep(r);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/votes">
        <ArrowLeftOutlined /> {t('back')}
      </Link>
      <div>
        <Space align="center" wrap>
          <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
            {r.title}
          </Typography.Title>
          <RoundStatusTag status={r.status} />
        </Space>
        <Typography.Paragraph style={{ margin: '4px 0 0' }}>
          {t('roundOf', {
            unit: unitName ?? `#${r.unitId}`,
            date: formatDate(r.voteDate),
            ruleSet: t(`ruleSetShort_${r.ruleSet}`),
          })}
        </Typography.Paragraph>
      </div>
      {!r.can.manage && <Alert type="info" showIcon title={t('readOnly')} />}
      <nav aria-label={t('progress')}>
        <Steps
          size="small"
          titlePlacement="vertical"
          current={step}
          status={step >= ROUND_STEPS.length ? 'finish' : 'process'}
          items={ROUND_STEPS.map((s) => ({ title: t(`step_${s}`) }))}
          data-testid="round-steps"
        />
      </nav>
      {ROUND_SECTIONS.filter((s) => s.show(r)).map((s) => (
        <Fragment key={s.key}>{s.render(r)}</Fragment>
      ))}
    </Space>
  );
}
