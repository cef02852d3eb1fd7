// A named group of checkboxes, each with the number of sites it would leave (faceted search).
import { useId, type ReactNode } from 'react';
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
}

export function FacetGroup({ legend, options, onToggle, columns = 1 }: Props) {
  const id = useId();
  return (
    <fieldset className="facet-group">
      <legend>{legend}</legend>
      <ul className={columns === 2 ? 'facet-options two-columns' : 'facet-options'}>
        {options.map((option, i) => (
          <li
            key={option.value}
            className={option.count === 0 && !option.checked ? 'facet-option empty' : 'facet-option'}
          >
            <input
              type="checkbox"
              id={`${id}-${i}`}
              checked={option.checked}
              onChange={() => onToggle(option.value)}
              aria-describedby={`${id}-${i}-count`}
            />
            <label htmlFor={`${id}-${i}`}>
              {option.icon}
              <span className="facet-label">
                {option.label}
                {option.note && <span className="facet-note">{option.note}</span>}
              </span>
            </label>
            <SiteCount id={`${id}-${i}-count`} count={option.count} />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
