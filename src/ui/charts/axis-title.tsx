/**
 * The x-axis title of the charts, kept whole on a narrow screen: SVG text does not wrap, so a
 * title wider than the plot (a phone's "Spot rate at the horizon (EUR per USD)") first takes a
 * smaller font, then is condensed to the width (textLength), instead of being cut at the edge.
 */
import type { ReactElement } from 'react';
import type { LabelProps } from 'recharts';

/** Average advance of a character of the chart font, in ems (DejaVu Sans and Arial are near 0.55–0.6). */
const EM_PER_CHAR = 0.6;
const FONT_SIZES = [14, 13, 12, 11] as const;
/** How far the title may reach past the plot on each side (under the y-axis ticks, into the right margin). */
const OVERHANG = 16;

export interface TitleFit {
  readonly fontSize: number;
  /** Set when even the smallest font is too wide: the text is condensed to this length. */
  readonly textLength?: number;
}

/** The font size (and, if needed, the condensed length) that fits `text` into `width` pixels. */
export function fitTitle(text: string, width: number): TitleFit {
  const room = Math.max(0, width + 2 * OVERHANG);
  for (const fontSize of FONT_SIZES) if (text.length * fontSize * EM_PER_CHAR <= room) return { fontSize };
  return { fontSize: FONT_SIZES[FONT_SIZES.length - 1] as number, textLength: room };
}

/** The cartesian box Recharts gives an axis label (a polar one has no width: nothing is drawn). */
function boxOf(viewBox: LabelProps['viewBox']): { x: number; y: number; width: number; height: number } | null {
  if (viewBox === undefined || !('width' in viewBox)) return null;
  const { x = 0, y = 0, width = 0, height = 0 } = viewBox;
  return width > 0 ? { x, y, width, height } : null;
}

/** Label props for an XAxis: the title centred under the plot, fitted to its width. */
export function xAxisTitle(text: string) {
  return {
    value: text,
    content: ({ viewBox }: LabelProps): ReactElement | null => {
      const box = boxOf(viewBox);
      if (box === null) return null;
      const { x, y, width, height } = box;
      const fit = fitTitle(text, width);
      return (
        <text
          className="recharts-label axis-title"
          x={x + width / 2}
          y={y + height - 4}
          textAnchor="middle"
          fill="var(--chart-text)"
          fontSize={fit.fontSize}
          {...(fit.textLength === undefined ? {} : { textLength: fit.textLength, lengthAdjust: 'spacingAndGlyphs' })}
        >
          {text}
        </text>
      );
    },
  };
}
