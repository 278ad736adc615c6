import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';

/**
 * True once the element comes within `margin` of the viewport, and from then on. Heavy content
 * below the fold (charts, the risk panel) mounts on demand, behind a placeholder of fixed height,
 * so the first screen does less work and nothing moves (CLS 0). Without IntersectionObserver
 * (old browsers, jsdom) the content mounts at once.
 */
export function useNearViewport<T extends Element>(margin = '300px'): [RefObject<T | null>, boolean] {
  const ref = useRef<T | null>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (near || el === null) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          io.disconnect();
        }
      },
      { rootMargin: margin },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [near, margin]);
  return [ref, near];
}
