/**
 * Draws a chart onto a canvas and downloads it as PNG, with its title above and its source below.
 * Works under the strict CSP: the SVG goes through a blob: URL (img-src allows blob:), no eval, no
 * external fonts, and no style attribute is ever set (style-src-attr forbids it): what CSS gives the
 * chart on screen is copied onto the clone as SVG presentation attributes instead.
 */

/** What the picture says besides the chart itself. */
export interface PngCaption {
  readonly title: string;
  /** The source line (the chart's footnote); empty = none. */
  readonly source: string;
}

const SCALE = 2;
const PAD = 16;
const TITLE_SIZE = 16;
const SOURCE_SIZE = 12;
const LINE = 1.35;

/**
 * The chart's own SVG in a chart body: one marked `data-chart`, else the largest. Recharts draws its
 * legend icons as small `svg.recharts-surface` too, so "the first svg" can be a 14-px icon.
 */
export function mainChartSvg(root: ParentNode): SVGSVGElement | null {
  const marked = root.querySelector('svg[data-chart]');
  if (marked instanceof SVGSVGElement) return marked;
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of root.querySelectorAll('svg')) {
    const { width, height } = svg.getBoundingClientRect();
    if (width * height > bestArea) [best, bestArea] = [svg, width * height];
  }
  return best;
}

// Properties the app's stylesheet sets on chart parts, each a valid SVG presentation attribute.
const PRESENTATION = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

/** A copy of the chart whose looks do not depend on the page's stylesheet, which the image lacks. */
function standaloneClone(svg: SVGSVGElement, width: number, height: number): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, position) => {
    const copy = copies[position];
    if (!copy) return;
    const computed = getComputedStyle(original);
    for (const property of PRESENTATION) {
      const value = computed.getPropertyValue(property);
      if (value !== '') copy.setAttribute(property, value);
    }
    if (computed.display === 'none' || computed.visibility === 'hidden')
      copy.setAttribute('visibility', 'hidden');
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  return clone;
}

async function loadSvg(svg: SVGSVGElement): Promise<HTMLImageElement> {
  const source = new XMLSerializer().serializeToString(svg);
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Greedy word wrap to `width` CSS pixels in the context's current font. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && context.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The PNG of `svg` at 2× its on-screen size, with the caption's title and source drawn in. */
export async function svgToPngBlob(svg: SVGSVGElement, caption: PngCaption): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const image = await loadSvg(standaloneClone(svg, width, height));
  const fontFamily = getComputedStyle(svg).fontFamily || 'sans-serif';
  const titleFont = `bold ${TITLE_SIZE}px ${fontFamily}`;
  const sourceFont = `${SOURCE_SIZE}px ${fontFamily}`;

  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Canvas 2D is not available');
  const textWidth = Math.max(1, width - 2 * PAD);
  context.font = titleFont;
  const titleLines = wrap(context, caption.title, textWidth);
  context.font = sourceFont;
  const sourceLines = wrap(context, caption.source, textWidth);
  const top = PAD + titleLines.length * TITLE_SIZE * LINE + PAD / 2;
  const bottom = sourceLines.length ? PAD / 2 + sourceLines.length * SOURCE_SIZE * LINE + PAD : PAD / 2;

  canvas.width = Math.max(1, Math.round(width * SCALE));
  canvas.height = Math.max(1, Math.round((top + height + bottom) * SCALE));
  context.scale(SCALE, SCALE);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, top + height + bottom);
  context.fillStyle = '#1a1a1a';
  context.textBaseline = 'top';
  context.font = titleFont;
  for (const [line, text] of titleLines.entries())
    context.fillText(text, PAD, PAD + line * TITLE_SIZE * LINE);
  context.drawImage(image, 0, top, width, height);
  context.fillStyle = '#555555';
  context.font = sourceFont;
  const sourceTop = top + height + PAD / 2;
  for (const [line, text] of sourceLines.entries())
    context.fillText(text, PAD, sourceTop + line * SOURCE_SIZE * LINE);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
