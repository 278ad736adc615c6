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
          <span className={s.dashed ? 'series-swatch dashed' : 'series-swatch'} style={{ color: seriesColour(s.colour) }} aria-hidden="true" />
          {s.name}
        </label>
      ))}
    </fieldset>
  );
}
