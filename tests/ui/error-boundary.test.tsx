import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { ErrorBoundary } from '../../src/ui/app/ErrorBoundary';

function Bomb({ armed }: { armed: boolean }) {
  if (armed) throw new Error('bug');
  return <p>fine</p>;
}

function Harness() {
  const [armed, setArmed] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setArmed(false)}>
        disarm
      </button>
      <ErrorBoundary>
        <Bomb armed={armed} />
      </ErrorBoundary>
    </>
  );
}

describe('ErrorBoundary', () => {
  it('replaces a crashed region with a message and recovers on retry, leaving the rest of the page', async () => {
    const quiet = console.error;
    console.error = () => {};
    try {
      render(<Harness />);
      expect(screen.getByRole('alert')).toHaveTextContent('unexpected problem');
      expect(screen.getByRole('button', { name: 'disarm' })).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'disarm' }));
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
      expect(screen.getByText('fine')).toBeInTheDocument();
    } finally {
      console.error = quiet;
    }
  });
});
