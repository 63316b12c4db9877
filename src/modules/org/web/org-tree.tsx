import { useQueries, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Empty, Skeleton, Tag, Tree, type TreeDataNode } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { callApi } from '../../../platform/web/api-client.js';
import { apiKey } from '../../../platform/web/api-hooks.js';
import { useT } from '../../../platform/web/i18n.js';
import { useMediaQuery } from '../../../platform/web/use-media-query.js';
import { orgEndpoints, type UnitSummary } from '../org.contract.js';
import { listUnitsInput, useTopUnits, type UnitFilters } from './org.api.js';
import { orgMessages } from './org.messages.js';
import { MUTED_TEXT, STACKED_QUERY } from './ui.js';

interface OrgTreeProps {
  filters: UnitFilters;
  selectedId: number | undefined;
  /** Ancestors of the selected unit, root first: expanded so the selection is visible (keep it memoized). */
  reveal: readonly number[];
  onSelect(id: number): void;
}

function childQuery(filters: UnitFilters, parentId: number) {
  const input = listUnitsInput(filters, parentId);
  return { queryKey: apiKey(orgEndpoints.listUnits, input), queryFn: () => callApi(orgEndpoints.listUnits, input) };
}

/**
 * The unit tree, children loaded when a node opens. Each opened node's children are a cached
 * `listUnits` query, so a write that invalidates `listUnits` refreshes every open branch.
 */
export function OrgTree({ filters, selectedId, reveal, onSelect }: OrgTreeProps) {
  const t = useT(orgMessages);
  const queryClient = useQueryClient();
  const top = useTopUnits(filters);
  const stacked = useMediaQuery(STACKED_QUERY);
  const [loadedIds, setLoadedIds] = useState<readonly number[]>([]);
  const [expanded, setExpanded] = useState<readonly string[]>([]);

  const combine = useCallback(
    (results: { data?: { items: UnitSummary[] } | undefined }[]) => {
      const byParent = new Map<number, UnitSummary[]>();
      results.forEach((r, i) => {
        const id = loadedIds[i];
        if (r.data && id !== undefined) byParent.set(id, r.data.items);
      });
      return byParent;
    },
    [loadedIds],
  );
  const children = useQueries({ queries: loadedIds.map((id) => childQuery(filters, id)), combine });

  // Open the branch down to the selected unit, from the first ancestor the caller may see.
  const topIds = useMemo(() => new Set(top.data?.items.map((u) => u.id)), [top.data]);
  const scrollWanted = useRef(false);
  useEffect(() => {
    // One top unit (a province): open it, there is nothing else to choose from.
    const only = topIds.size === 1 ? [...topIds] : [];
    const start = reveal.findIndex((id) => topIds.has(id));
    const path = start < 0 ? only : reveal.slice(start);
    if (path.length === 0) return;
    scrollWanted.current = start >= 0;
    setLoadedIds((ids) => [...new Set([...ids, ...path])]);
    setExpanded((keys) => [...new Set([...keys, ...path.map(String)])]);
  }, [reveal, topIds]);

  const treeData = useMemo(() => {
    const toNode = (u: UnitSummary): TreeDataNode => {
      const kids = children.get(u.id);
      return {
        key: String(u.id),
        isLeaf: u.childCount === 0,
        title: <UnitTitle unit={u} />,
        ...(kids ? { children: kids.map(toNode) } : {}),
      };
    };
    return (top.data?.items ?? []).map(toNode);
  }, [top.data, children]);

  // Once the revealed branch is drawn, scroll the tree (not the page) to the selected unit.
  const boxRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = boxRef.current;
    const node = box?.querySelector('.ant-tree-treenode-selected');
    if (!scrollWanted.current || !box || !node) return;
    scrollWanted.current = false;
    const offset = node.getBoundingClientRect().top - box.getBoundingClientRect().top;
    if (offset < 0 || offset > box.clientHeight - 40) box.scrollTop += offset - box.clientHeight / 3;
  }, [treeData, selectedId]);

  if (top.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (top.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title={t('loadFailed')}
        description={top.error.message}
        action={<Button onClick={() => void top.refetch()}>{t('retry')}</Button>}
      />
    );
  }
  if (treeData.length === 0) return <Empty description={t('treeEmpty')} />;

  return (
    <div ref={boxRef} style={stacked ? undefined : { maxHeight: '70vh', overflow: 'auto' }}>
      <Tree
        aria-label={t('treeLabel')}
        treeData={treeData}
        blockNode
        showLine
        selectedKeys={selectedId === undefined ? [] : [String(selectedId)]}
        expandedKeys={[...expanded]}
        loadedKeys={[...children.keys()].map(String)}
        onExpand={(keys) => setExpanded(keys.map(String))}
        onSelect={(_, info) => onSelect(Number(info.node.key))}
        loadData={async (node) => {
          const id = Number(node.key);
          setLoadedIds((ids) => (ids.includes(id) ? ids : [...ids, id]));
          await queryClient.ensureQueryData(childQuery(filters, id));
        }}
      />
    </div>
  );
}

function UnitTitle({ unit }: { unit: UnitSummary }) {
  const t = useT(orgMessages);
  const inactive = unit.status !== 'active';
  return (
    <span style={{ overflowWrap: 'anywhere' }}>
      <span style={inactive ? { color: MUTED_TEXT } : undefined}>{unit.name}</span>
      {inactive && (
        <Tag style={{ marginInlineStart: 6 }}>{unit.status === 'merged' ? t('statusMerged') : t('statusDissolved')}</Tag>
      )}
    </span>
  );
}
