// The message of each status group and phase, so code names a label without building keys from strings.
import type { Phase } from '../../core/dataset-enums';
import type { StatusGroup } from '../../core/status';
import type { MessageKey } from './translator';

export const STATUS_GROUP_KEYS: Record<StatusGroup, MessageKey> = {
  enrolling: 'status.group.enrolling',
  'not-yet': 'status.group.notYet',
  active: 'status.group.active',
  closed: 'status.group.closed',
  unknown: 'status.group.unknown',
};

export const PHASE_KEYS: Record<Phase, MessageKey> = {
  EARLY_PHASE1: 'phase.early1',
  PHASE1: 'phase.1',
  PHASE2: 'phase.2',
  PHASE3: 'phase.3',
  PHASE4: 'phase.4',
  NA: 'phase.na',
};
