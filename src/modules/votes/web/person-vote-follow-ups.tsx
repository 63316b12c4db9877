import { Typography } from 'antd';
import { useApiQuery } from '../../../platform/web/api-hooks.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useT } from '../../../platform/web/i18n.js';
import { votesFollowUpEndpoints as e } from '../votes-follow-ups.contract.js';
import { followUpMessages, FollowUpTable } from './follow-ups-panel.js';

/** The person's profile tab: confidence votes with more than half low, and what became of them. */
export function PersonVoteFollowUps({ personId }: { personId: number }) {
  const t = useT(followUpMessages);
  const list = useApiQuery(e.listPersonVoteFollowUps, { params: { personId } });
  const items = list.data?.items ?? [];
  return (
    <div data-testid="person-vote-follow-ups">
      <ErrorAlert error={list.error} />
      {list.isSuccess && items.length === 0 ? (
        <Typography.Paragraph>{t('noneForPerson')}</Typography.Paragraph>
      ) : (
        <FollowUpTable items={items} loading={list.isFetching} withRound />
      )}
    </div>
  );
}
