/**
 * One built viewer, one server and one Chromium per test file, and pages that record every error the
 * page raises. Used by the viewer e2e files that came after `viewer.e2e.test.ts`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.js';
import type { GraphEnvelope } from '../../src/schema/index.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { buildViewer, REPO, waitForViewer } from './harness.js';

export interface Watched {
  page: Page;
  /** Uncaught exceptions and console errors. */
  problems: string[];
}

export interface ViewerFixture {
  scratch: string;
  server: RunningServer;
  browser: Browser;
  graph: GraphEnvelope;
  /** Opens the viewer at `search` (relative to the server) and waits for the first frame. */
  open(search?: string, viewport?: { width: number; height: number }): Promise<Watched>;
  close(): Promise<void>;
}

export async function startViewerFixture(graphPath: (scratch: string) => Promise<string> | string) {
  const scratch = await mkdtemp(join(tmpdir(), 'trama-viewer-fixture-'));
  const viewerDir = join(scratch, 'viewer');
  buildViewer(viewerDir);
  const path = await graphPath(scratch);
  const graph = JSON.parse(await readFile(path, 'utf8')) as GraphEnvelope;
  const server = await startServer({ graphPath: path, viewerDir });
  const browser = await launchChromium();
  const pages: Page[] = [];
  const fixture: ViewerFixture = {
    scratch,
    server,
    browser,
    graph,
    async open(search = '', viewport = { width: 1400, height: 900 }) {
      const page = await browser.newPage({ viewport, acceptDownloads: true });
      pages.push(page);
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      await page.goto(new URL(search, server.url).href);
      await waitForViewer(page);
      return { page, problems };
    },
    async close() {
      for (const page of pages) await page.close().catch(() => {});
      await browser.close();
      await server.close();
      await rm(scratch, { recursive: true, force: true });
    },
  };
  return fixture;
}

/** The 15 dev news articles of `../shared/data/news`, when this checkout sits next to `shared`. */
export const NEWS_DIR = join(REPO, '..', 'shared', 'data', 'news');
export const hasNews = existsSync(NEWS_DIR);

/** Builds the news graph with the CLI into `scratch` (needs `npm run build`). */
export function ingestNews(scratch: string): string {
  const out = join(scratch, 'news-graph.json');
  execFileSync(
    process.execPath,
    [join(REPO, 'bin/trama.js'), 'ingest', NEWS_DIR, '--out', out, '--no-progress'],
    { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return out;
}

/** Node and relation degree in the envelope (relations only). */
export function relationDegrees(graph: GraphEnvelope): Map<string, number> {
  const degree = new Map<string, number>();
  for (const e of graph.graph.edges) {
    if (e.attributes.kind !== 'relation') continue;
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return degree;
}

/**
 * Records every text drawn on sigma's label canvases, with its box in CSS pixels, so tests can check
 * what labels a person sees (drawn, not cut, not overprinted) whatever draws them.
 */
export async function recordCanvasText(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: Array<{ text: string; x: number; y: number; w: number; h: number; layer: string }> =
      [];
    (window as unknown as { __labels: typeof log }).__labels = log;
    const proto = CanvasRenderingContext2D.prototype;
    const fill = proto.fillText;
    const clear = proto.clearRect;
    proto.clearRect = function (...args: Parameters<typeof clear>) {
      const layer = this.canvas.className;
      for (let i = log.length - 1; i >= 0; i--) if (log[i]!.layer === layer) log.splice(i, 1);
      return clear.apply(this, args);
    };
    proto.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
      const m = this.measureText(text);
      const t = this.getTransform();
      const scale = t.a / (window.devicePixelRatio || 1);
      const left =
        this.textAlign === 'right' || this.textAlign === 'end'
          ? x - m.width
          : this.textAlign === 'center'
            ? x - m.width / 2
            : x;
      const px = (t.e / (window.devicePixelRatio || 1) + left * scale) | 0;
      log.push({
        text,
        x: px,
        y: (t.f / (window.devicePixelRatio || 1) + (y - m.actualBoundingBoxAscent) * scale) | 0,
        w: m.width * scale,
        h: (m.actualBoundingBoxAscent + m.actualBoundingBoxDescent) * scale,
        layer: this.canvas.className,
      });
      return maxWidth === undefined
        ? fill.call(this, text, x, y)
        : fill.call(this, text, x, y, maxWidth);
    };
  });
}

export interface DrawnText {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  layer: string;
}

/** Node labels currently drawn on sigma's label layer. */
export async function drawnLabels(page: Page): Promise<DrawnText[]> {
  return await page.evaluate(() =>
    (window as unknown as { __labels: DrawnText[] }).__labels.filter((l) =>
      l.layer.includes('sigma-labels'),
    ),
  );
}

export function overlaps(a: DrawnText, b: DrawnText): boolean {
  return a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
}
