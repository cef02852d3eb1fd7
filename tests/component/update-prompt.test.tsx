import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppUpdate } from '../../src/app/state/app-update';
import { UpdatePrompt } from '../../src/app/ui/update-prompt';

beforeEach(() => useAppUpdate.setState({ apply: null }));

describe('the offer of a new version', () => {
  it('says nothing while no new version waits', () => {
    render(<UpdatePrompt />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('switches to the new version only when Reload is pressed, once', async () => {
    const apply = vi.fn(async () => {});
    useAppUpdate.setState({ apply });
    render(<UpdatePrompt />);
    const prompt = screen.getByRole('status', { name: 'App update' });
    expect(prompt).toHaveTextContent('A new version of Trial Atlas is available.');
    expect(apply).not.toHaveBeenCalled();
    const reload = screen.getByRole('button', { name: 'Reload' });
    await userEvent.click(reload);
    expect(apply).toHaveBeenCalledTimes(1);
    expect(reload).toBeDisabled();
  });

  it('goes away with Not now, and the page stays as it is', async () => {
    const apply = vi.fn(async () => {});
    useAppUpdate.setState({ apply });
    render(<UpdatePrompt />);
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(apply).not.toHaveBeenCalled();
  });
});
