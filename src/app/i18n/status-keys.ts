// The message of each status group, so code can name a group's label without building keys from strings.
import type { StatusGroup } from '../../core/status';
import type { MessageKey } from './translator';

export const STATUS_GROUP_KEYS: Record<StatusGroup, MessageKey> = {
  enrolling: 'status.group.enrolling',
  'not-yet': 'status.group.notYet',
  active: 'status.group.active',
  closed: 'status.group.closed',
  unknown: 'status.group.unknown',
};
