/** Reads an SVG document with saxes, a strict XML parser independent of ECharts: its root, its texts, its fills. */
import { SaxesParser } from 'saxes';

export interface ParsedSvg {
  readonly root: string;
  readonly width: string | undefined;
  readonly texts: string[];
  readonly fills: string[];
  readonly fonts: Set<string>;
}

export function parseSvg(svg: string): ParsedSvg {
  const parser = new SaxesParser();
  let root: string | undefined;
  let width: string | undefined;
  const texts: string[] = [];
  const fills: string[] = [];
  const fonts = new Set<string>();
  let inText = 0;
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    if (root === undefined) {
      root = tag.name;
      width = tag.attributes['width'] as string | undefined;
    }
    if (tag.name === 'text') {
      inText++;
      texts.push('');
      const font = /font-family:([^;]+);/u.exec(String(tag.attributes['style'] ?? ''));
      if (font?.[1] !== undefined) fonts.add(font[1]);
    }
    if (tag.name === 'path' && typeof tag.attributes['fill'] === 'string') fills.push(tag.attributes['fill']);
  });
  parser.on('text', (t) => {
    if (inText > 0) texts[texts.length - 1] += t;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'text') inText--;
  });
  parser.write(svg).close();
  return { root: root ?? '', width, texts, fills, fonts };
}
