import { useId, useState } from 'react';
import type { Explanation } from '../../calc/explain';
import { usePrinting } from './use-printing';

/**
 * An "explain" control next to a computed number: a disclosure button that reveals the formula,
 * the inputs substituted and the source. Keyboard and screen-reader friendly (aria-expanded).
 */
export function Explain({ explanation }: { readonly explanation: Explanation }) {
  const [opened, setOpen] = useState(false);
  // A printed report shows every formula card.
  const printing = usePrinting();
  const open = opened || printing;
  const id = useId();
  return (
    <span className="explain">
      <button
        type="button"
        className="explain-button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={`Explain: ${explanation.title}`}
        title={`Explain: ${explanation.title}`}
        onClick={() => setOpen((o) => !o)}
      >
        ?
      </button>
      {open ? (
        <span id={id} className="explain-card" role="note">
          <strong>{explanation.title}</strong>
          <code className="formula">{explanation.formula}</code>
          <code className="substituted">{explanation.substituted}</code>
          <em className="source">Source: {explanation.source}</em>
        </span>
      ) : null}
    </span>
  );
}
