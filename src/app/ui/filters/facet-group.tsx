// A named group of checkboxes, each with the number of sites it would leave (faceted search).
import { memo, useId, type ReactNode } from 'react';
import { useDrawnInSteps } from '../after-paint';
import { SiteCount } from './site-count';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  checked: boolean;
  /** Drawn before the label (a status symbol). */
  icon?: ReactNode;
  /** Extra line under the label. */
  note?: string;
}

interface Props {
  legend: string;
  options: FacetOption[];
  onToggle: (value: string) => void;
  columns?: 1 | 2;
  /** A line under the legend (what the options leave out). */
  note?: string;
}

/**
 * Rows drawn at once; a longer group (a registry's 200-odd countries) draws the rest this many at a time, a frame
 * after another, so that the side panel's first render is not one long task.
 */
export const ROWS_AT_ONCE = 24;

/** A group re-renders only when its options change; a row only when its own count or state does. */
export const FacetGroup = memo(function FacetGroup({ legend, options, onToggle, columns = 1, note }: Props) {
  const id = useId();
  const drawn = useDrawnInSteps(options.length, ROWS_AT_ONCE);
  return (
    <fieldset className="facet-group">
      <legend>{legend}</legend>
      {note && <p className="facet-note">{note}</p>}
      <ul className={columns === 2 ? 'facet-options two-columns' : 'facet-options'}>
        {options.slice(0, drawn).map((option, i) => (
          <FacetRow
            key={option.value}
            id={`${id}-${i}`}
            value={option.value}
            label={option.label}
            count={option.count}
            checked={option.checked}
            icon={option.icon}
            note={option.note}
            onToggle={onToggle}
          />
        ))}
      </ul>
    </fieldset>
  );
});

interface RowProps extends FacetOption {
  id: string;
  onToggle: (value: string) => void;
}

const FacetRow = memo(function FacetRow({
  id,
  value,
  label,
  count,
  checked,
  icon,
  note,
  onToggle,
}: RowProps) {
  return (
    <li className={count === 0 && !checked ? 'facet-option empty' : 'facet-option'}>
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={() => onToggle(value)}
        aria-describedby={`${id}-count`}
      />
      <label htmlFor={id}>
        {icon}
        <span className="facet-label">
          {label}
          {note && <span className="facet-note">{note}</span>}
        </span>
      </label>
      <SiteCount id={`${id}-count`} count={count} />
    </li>
  );
});
