// A message with tags comes back as a list of parts; React wants each item of a list keyed, and the parts'
// order is fixed by the message, so their place is their key.
import { Fragment, type ReactNode } from 'react';

export function keyedParts(parts: readonly ReactNode[]): ReactNode[] {
  return parts.map((part, index) => <Fragment key={index}>{part}</Fragment>);
}
