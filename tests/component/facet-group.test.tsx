// A long group of checkboxes (a registry's 200-odd countries) is drawn a few rows at a time, a frame after another,
// so that the side panel's first render is not one long task; printed meanwhile, it prints whole.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FacetGroup, ROWS_AT_ONCE, type FacetOption } from '../../src/app/ui/filters/facet-group';

const options = (n: number): FacetOption[] =>
  Array.from({ length: n }, (_, i) => ({
    value: `C${i}`,
    label: `Country ${i}`,
    count: i,
    checked: i === n - 1,
  }));

const boxes = () => within(screen.getByRole('group', { name: 'Country' })).queryAllByRole('checkbox');

describe('a group of many options', () => {
  it('draws its first rows at once and the others in the frames after, each row answering as before', async () => {
    const onToggle = vi.fn();
    render(<FacetGroup legend="Country" options={options(100)} onToggle={onToggle} />);
    expect(boxes()).toHaveLength(ROWS_AT_ONCE);
    await waitFor(() => expect(boxes()).toHaveLength(100));
    const last = screen.getByRole('checkbox', { name: 'Country 99' });
    expect(last).toBeChecked();
    expect(last).toHaveAccessibleDescription('99 sites');
    fireEvent.click(last);
    expect(onToggle).toHaveBeenCalledWith('C99');
  });

  it('draws a short group whole at once', () => {
    render(<FacetGroup legend="Country" options={options(ROWS_AT_ONCE)} onToggle={() => {}} />);
    expect(boxes()).toHaveLength(ROWS_AT_ONCE);
  });

  it('draws every row when the page is printed before they have all come', () => {
    render(<FacetGroup legend="Country" options={options(200)} onToggle={() => {}} />);
    expect(boxes()).toHaveLength(ROWS_AT_ONCE);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(boxes()).toHaveLength(200);
  });
});
