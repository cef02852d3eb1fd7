// A status group's shape and colour, for the legend, the filters, the list and the details.
import type { StatusGroup } from '../../core/status';
import { STATUS_MARKS } from './status-marks';

export function StatusSymbol({ group, size = 14 }: { group: StatusGroup; size?: number }) {
  const mark = STATUS_MARKS[group];
  return (
    <svg className="status-symbol" viewBox="0 0 24 24" width={size} height={size} aria-hidden="true">
      <path d={mark.path} fill={mark.fill} stroke="#1f2933" strokeWidth={1} />
    </svg>
  );
}
