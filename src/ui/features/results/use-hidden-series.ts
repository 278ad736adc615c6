import { useCallback, useState } from 'react';

/** Which curves of a chart the user has unticked (not saved: a view choice). */
export function useHiddenSeries(): readonly [ReadonlySet<string>, (key: string, visible: boolean) => void] {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback((key: string, visible: boolean) => {
    setHidden((h) => {
      const next = new Set(h);
      if (visible) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);
  return [hidden, toggle] as const;
}
