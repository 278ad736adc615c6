import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fitTitle, xAxisTitle } from '../../../src/ui/charts/axis-title';

const FX_TITLE = 'Spot rate at the horizon (EUR per USD)'; // 38 characters

describe('x-axis title fitted to the plot', () => {
  it('keeps the full size when there is room (a desktop plot, 640 px)', () => {
    expect(fitTitle(FX_TITLE, 640)).toEqual({ fontSize: 14 });
  });

  it('takes a smaller font on a phone plot before condensing (38 × 0.6 em: 14 px needs 319 px, 11 px 251 px)', () => {
    expect(fitTitle(FX_TITLE, 260)).toEqual({ fontSize: 12 }); // room 292 ≥ 38 × 12 × 0.6 = 273.6
    expect(fitTitle(FX_TITLE, 225)).toEqual({ fontSize: 11 }); // room 257 ≥ 250.8
  });

  it('condenses to the room when even the smallest font is too wide', () => {
    expect(fitTitle(FX_TITLE, 150)).toEqual({ fontSize: 11, textLength: 182 });
    expect(fitTitle(FX_TITLE, -40)).toEqual({ fontSize: 11, textLength: 0 });
  });

  it('draws the whole title, centred under the plot, and nothing without a cartesian box', () => {
    const { content } = xAxisTitle(FX_TITLE);
    const { container, rerender } = render(<svg>{content({ viewBox: { x: 100, y: 300, width: 150, height: 44 } })}</svg>);
    const text = container.querySelector('text');
    expect(text?.textContent).toBe(FX_TITLE);
    expect(text?.getAttribute('x')).toBe('175');
    expect(text?.getAttribute('textLength')).toBe('182');
    rerender(<svg>{content({ viewBox: { cx: 1, cy: 1, innerRadius: 0, outerRadius: 1, startAngle: 0, endAngle: 1, clockWise: false } })}</svg>);
    expect(container.querySelector('text')).toBeNull();
  });
});
