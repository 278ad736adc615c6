/**
 * The payoff chart as a PNG, drawn in the browser: the chart's SVG is copied with its computed
 * colours written in (the page's CSS variables do not reach an SVG drawn as an image), its HTML
 * legend is drawn as SVG text, then the SVG is painted on a canvas at twice the pixel density.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLE_PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'fill-opacity', 'opacity', 'font-size', 'font-family', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility'] as const;
const SCALE = 2;
const LEGEND_ROW = 22;

/** Copies each element's computed presentation properties onto the clone, as attributes. */
function inlineStyles(source: Element, clone: Element): void {
  const style = getComputedStyle(source);
  for (const prop of STYLE_PROPS) {
    const v = style.getPropertyValue(prop);
    if (v) clone.setAttribute(prop, v);
  }
  const from = source.children;
  const to = clone.children;
  for (let i = 0; i < from.length && i < to.length; i++) inlineStyles(from[i]!, to[i]!);
}

/** The legend entries shown above the chart (HTML outside the SVG): name and colour. */
function legendItems(container: Element): { name: string; colour: string }[] {
  return [...container.querySelectorAll('.recharts-legend-item')].map((item) => {
    const mark = item.querySelector('path, line, rect');
    const style = mark ? getComputedStyle(mark) : null;
    const stroke = style?.stroke && style.stroke !== 'none' ? style.stroke : '';
    return { name: item.textContent?.trim() ?? '', colour: stroke || style?.fill || '#000' };
  });
}

/** The colour behind `el`: its own background, else the nearest ancestor's (dark mode stays dark). */
function backgroundBehind(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const bg = getComputedStyle(e).backgroundColor;
    if (bg && bg !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return '#ffffff';
}

/** A standalone SVG document of the chart inside `container` (its `svg.recharts-surface`), with a background and the legend. */
export function chartSvgText(container: Element): { text: string; width: number; height: number } | null {
  const svg = [...container.querySelectorAll('svg.recharts-surface')].find((s) => s.getBoundingClientRect().width > 100);
  if (!svg) return null;
  const box = svg.getBoundingClientRect();
  const legend = legendItems(container);
  const top = legend.length > 0 ? LEGEND_ROW + 8 : 0;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(box.width));
  root.setAttribute('height', String(box.height + top));
  const page = getComputedStyle(container);
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', backgroundBehind(container));
  root.append(bg);
  let x = 12;
  for (const item of legend) {
    const line = document.createElementNS(SVG_NS, 'line');
    Object.entries({ x1: x, y1: LEGEND_ROW / 2 + 4, x2: x + 18, y2: LEGEND_ROW / 2 + 4, stroke: item.colour, 'stroke-width': 3 }).forEach(([k, v]) => line.setAttribute(k, String(v)));
    const label = document.createElementNS(SVG_NS, 'text');
    Object.entries({ x: x + 24, y: LEGEND_ROW / 2 + 8, fill: page.color || '#000', 'font-size': 13, 'font-family': page.fontFamily || 'sans-serif' }).forEach(([k, v]) => label.setAttribute(k, String(v)));
    label.textContent = item.name;
    root.append(line, label);
    x += 40 + item.name.length * 7;
  }
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(top));
  root.append(clone);
  return { text: new XMLSerializer().serializeToString(root), width: box.width, height: box.height + top };
}

/** Paints the chart inside `container` on a canvas and resolves with the PNG, or null when there is no chart to draw. */
export async function chartPng(container: Element): Promise<Blob | null> {
  const svg = chartSvgText(container);
  if (!svg) return null;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(svg.width * SCALE);
  canvas.height = Math.round(svg.height * SCALE);
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.scale(SCALE, SCALE);
  context.drawImage(image, 0, 0, svg.width, svg.height);
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob), 'image/png'));
}
