/**
 * Screenshots of the sample and of the 15 dev news articles in one graph, at a desktop and a phone
 * size, saved under test-results/screenshots/ for a person to look at, with what can be checked
 * automatically: no error, a drawn canvas, labels that do not overprint or leave the canvas, and
 * (ForceAtlas2 with adjustSizes) nodes that do not sit on each other.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { graphUnderTest } from './graph-under-test.js';
import { imageStats, REPO, waitForViewer } from './harness.js';
import {
  drawnLabels,
  hasNews,
  ingestNews,
  overlaps,
  recordCanvasText,
  relationDegrees,
  startViewerFixture,
  type ViewerFixture,
} from './fixture.js';

const SHOTS = join(REPO, 'test-results', 'screenshots');
const VIEWPORTS = [
  { name: 'desktop', width: 1400, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const fixtures: ViewerFixture[] = [];
afterAll(async () => {
  for (const fx of fixtures) await fx.close();
});

async function save(name: string, page: Page): Promise<Buffer> {
  await mkdir(SHOTS, { recursive: true });
  const png = await page.screenshot();
  await writeFile(join(SHOTS, `${name}.png`), png);
  return png;
}

/** Pairs of visible nodes whose discs overlap by more than a fifth of the smaller radius. */
async function overlappingNodes(page: Page): Promise<number> {
  return await page.evaluate(() => {
    const sigma = window.trama.session!.sigma;
    const discs = window.trama
      .session!.graph.filterNodes((k) => !sigma.getNodeDisplayData(k)!.hidden)
      .map((k) => {
        const d = sigma.getNodeDisplayData(k)!;
        const p = sigma.framedGraphToViewport(d);
        return { x: p.x, y: p.y, r: sigma.scaleSize(d.size) };
      });
    let n = 0;
    for (let i = 0; i < discs.length; i++)
      for (let j = i + 1; j < discs.length; j++) {
        const a = discs[i]!;
        const b = discs[j]!;
        if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r - Math.min(a.r, b.r) * 0.2) n++;
      }
    return n;
  });
}

async function checkView(fx: ViewerFixture, name: string, search = ''): Promise<void> {
  const degree = relationDegrees(fx.graph);
  const hub = [...degree].sort((a, b) => b[1] - a[1])[0]![0];
  const hubName = fx.graph.graph.nodes.find((n) => n.key === hub)!.attributes.name as string;
  for (const viewport of VIEWPORTS) {
    const page = await fx.browser.newPage({ viewport });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await recordCanvasText(page);
    await page.goto(new URL(search, fx.server.url).href);
    await waitForViewer(page);
    await page.waitForTimeout(500);
    const png = await save(`${name}-${viewport.name}`, page);
    const stats = await imageStats(page, png);
    expect(stats.inked, `${name} ${viewport.name}: something is drawn`).toBeGreaterThan(0.01);
    const box = (await page.locator('#sigma-container').boundingBox())!;
    // The sidebar is open on a desktop and folded on a phone.
    expect(box.width, `${name} ${viewport.name}: canvas width`).toBeGreaterThan(
      viewport.width * (viewport.width < 900 ? 0.95 : 0.7),
    );
    const labels = await drawnLabels(page);
    expect(labels.map((l) => l.text).join(' '), `${name} ${viewport.name}`).toContain(hubName);
    for (const l of labels) {
      expect(l.x, l.text).toBeGreaterThanOrEqual(-1);
      expect(l.x + l.w, l.text).toBeLessThanOrEqual(box.width + 1);
    }
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++)
        expect(overlaps(labels[i]!, labels[j]!), `${labels[i]!.text} / ${labels[j]!.text}`).toBe(
          false,
        );
    const visible = await page.evaluate(
      () =>
        window.trama.session!.graph.filterNodes(
          (k) => !window.trama.session!.sigma.getNodeDisplayData(k)!.hidden,
        ).length,
    );
    // On a desktop the whole graph is legible at the first frame; a phone shows it smaller (zoom in).
    if (viewport.width >= 900)
      expect(await overlappingNodes(page), `${name}: overlapping nodes`).toBeLessThanOrEqual(
        Math.ceil(visible * 0.05),
      );
    // The hub selected: its panel, its neighbourhood.
    await page.goto(new URL(`?node=${encodeURIComponent(hub)}`, fx.server.url).href);
    await waitForViewer(page);
    await page.waitForTimeout(500);
    await save(`${name}-${viewport.name}-selected`, page);
    expect(problems).toEqual([]);
    await page.close();
  }
}

describe('screenshots at 1400×900 and 390×844', () => {
  it('the sample graph', async () => {
    const fx = await startViewerFixture(graphUnderTest);
    fixtures.push(fx);
    await checkView(fx, 'sample');
  }, 120_000);

  it.skipIf(!hasNews)(
    'the 15 dev news articles in one graph',
    async () => {
      const fx = await startViewerFixture(ingestNews);
      fixtures.push(fx);
      expect(fx.graph.graph.nodes.length).toBeGreaterThan(50);
      await checkView(fx, 'news');
    },
    180_000,
  );
});
