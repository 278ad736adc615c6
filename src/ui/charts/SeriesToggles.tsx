/** Labelled checkboxes, one per curve of a several-curve chart, each with its line's colour. */
import type { SeriesInfo } from './multi-series-data';
import { seriesColour } from './multi-series-data';
import './multi-series.css';

interface Props {
  readonly legend: string;
  readonly series: readonly SeriesInfo[];
  readonly onToggle: (key: string, visible: boolean) => void;
}

export function SeriesToggles({ legend, series, onToggle }: Props) {
  return (
    <fieldset className="series-toggles multi-series">
      <legend>{legend}</legend>
      {series.map((s) => (
        <label key={s.key}>
          <input type="checkbox" checked={s.visible} onChange={(e) => onToggle(s.key, e.target.checked)} />
          <svg className="series-swatch" width="24" height="6" aria-hidden="true" focusable="false">
            <line x1="0" y1="3" x2="24" y2="3" stroke={seriesColour(s.colour)} strokeWidth="3" strokeDasharray={s.dash} />
          </svg>
          {s.name}
        </label>
      ))}
    </fieldset>
  );
}
