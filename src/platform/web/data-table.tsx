import { Table, type TableProps } from 'antd';
import { useEffect, useRef } from 'react';

type DataTableProps<T> = TableProps<T> & {
  /** Names the scrolling region for screen readers (usually the page or section title). */
  readonly label: string;
};

/**
 * A Table that scrolls sideways inside its own box on narrow screens (the page never does). The
 * scrolling box is a focusable, labelled region, so keyboard users can scroll it too (WCAG 2.1.1).
 */
export function DataTable<T extends object>({ label, ...props }: DataTableProps<T>) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    for (const el of ref.current?.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body') ?? []) {
      el.tabIndex = 0;
      el.setAttribute('role', 'region');
      el.setAttribute('aria-label', label);
    }
  });
  return (
    <div ref={ref}>
      <Table<T> scroll={{ x: 'max-content' }} {...props} />
    </div>
  );
}
