/**
 * The Explore tools in Chromium, on a made-up dated graph (tests/fixtures/explore-graph.ts): a node's
 * neighbourhood and expand, shortest paths with evidence, the time range in the URL, metrics from the
 * worker for size and colour, the data table, dragging and pinning, and merging two nodes.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.js';
import { parseMergeList, type GraphEnvelope } from '../../src/schema/index.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { COMMUNITY_COLOURS } from '../../viewer/src/metrics/appearance.js';
import { FADED_NODE_COLOR } from '../../viewer/src/render/palette.js';
import { buildExploreGraph, DATED_RELATION } from '../fixtures/explore-graph.js';
import { buildViewer, nodeOnScreen, saveScreenshot, waitForViewer } from './harness.js';

let scratch: string;
let server: RunningServer;
let browser: Browser;
let graph: GraphEnvelope;
const pages: Page[] = [];

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'trama-explore-e2e-'));
  const viewerDir = join(scratch, 'viewer');
  buildViewer(viewerDir);
  graph = buildExploreGraph();
  const graphPath = join(scratch, 'explore.json');
  await writeFile(graphPath, JSON.stringify(graph));
  server = await startServer({ graphPath, viewerDir });
  browser = await launchChromium();
});

afterEach(async () => {
  while (pages.length) await pages.pop()!.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function openViewer(search = ''): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  pages.push(page);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.goto(new URL(search, server.url).href);
  await waitForViewer(page);
  return { page, problems };
}

/** Keys of the nodes sigma draws (not hidden). */
async function shownNodes(page: Page): Promise<string[]> {
  return await page.evaluate(() => {
    const sigma = window.trama.session!.sigma;
    return sigma
      .getGraph()
      .nodes()
      .filter((k) => !sigma.getNodeDisplayData(k)!.hidden)
      .sort();
  });
}

async function edgeHidden(page: Page, key: string): Promise<boolean> {
  return await page.evaluate((key) => {
    const sigma = window.trama.session!.sigma;
    const [s, t] = sigma.getGraph().extremities(key);
    const d = sigma.getEdgeDisplayData(key)!;
    return d.hidden || sigma.getNodeDisplayData(s)!.hidden || sigma.getNodeDisplayData(t)!.hidden;
  }, key);
}

const search = (page: Page) => page.evaluate(() => window.location.search);

describe('Explore tools in Chromium', () => {
  it('shows only a node and its hops, expands a neighbour, and keeps it in the URL', async () => {
    const { page, problems } = await openViewer('?node=person:tomas-ibarra');
    expect((await shownNodes(page)).length).toBeGreaterThan(10);
    await page.selectOption('#hood-depth', '1');
    await page.click('#hood-show');
    await expect
      .poll(() => shownNodes(page))
      .toEqual(['org:partido-verde', 'person:marta-quiroga', 'person:tomas-ibarra']);
    expect(await search(page)).toMatch(/around=person%3Atomas-ibarra&hops=1/);
    // Expand Quiroga: her neighbours join, Ibarra's ball stays.
    await page.evaluate(() =>
      window.trama.store.update({ selection: { kind: 'node', key: 'person:marta-quiroga' } }),
    );
    await page.click('#hood-expand');
    await expect
      .poll(() => shownNodes(page))
      .toEqual([
        'country:valdoria',
        'org:partido-verde',
        'person:marta-quiroga',
        'person:sergei-lavrov',
        'person:tomas-ibarra',
      ]);
    expect(await search(page)).toMatch(/expand=person%3Amarta-quiroga/);
    await saveScreenshot('explore-neighbourhood', await page.screenshot());
    // The URL alone brings the same view back.
    const { page: again } = await openViewer(await search(page));
    expect(await shownNodes(again)).toEqual(await shownNodes(page));
    await page.click('#hood-clear');
    await expect.poll(async () => (await shownNodes(page)).length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('finds the shortest path, highlights it and lists each hop with its evidence', async () => {
    const { page, problems } = await openViewer();
    await page.fill('#path-from', 'tomas ibarra');
    await page.fill('#path-to', 'Nortania');
    await page.click('#path-find');
    await expect
      .poll(() => page.textContent('#path-status'))
      .toBe('3 hops: Tomás Ibarra → Marta Quiroga → Valdoria → Nortania');
    const hops = await page.locator('#path-result > li').allTextContents();
    expect(hops).toHaveLength(3);
    // One relation per line: each relation between two hops is listed once.
    expect(await page.locator('#path-result > li').first().locator('.path-edge').count()).toBe(1);
    expect(hops[0]).toMatch(/Tomás Ibarra —CRITICIZED→ Marta Quiroga/);
    expect(hops[0]).toMatch(/criticó a Quiroga/);
    expect(hops[2]).toMatch(/Valdoria —DENOUNCED→ Nortania/);
    expect(hops[2]).toMatch(/denunció a Nortania/);
    const colours = await page.evaluate(() => {
      const sigma = window.trama.session!.sigma;
      const c = (k: string) => sigma.getNodeDisplayData(k)!.color;
      return { onPath: c('country:valdoria'), off: c('person:sergei-lavrov') };
    });
    expect(colours.onPath).not.toBe(FADED_NODE_COLOR);
    expect(colours.off).toBe(FADED_NODE_COLOR);
    expect(await search(page)).toMatch(/pathFrom=person%3Atomas-ibarra&pathTo=country%3Anortania/);
    await saveScreenshot('explore-path', await page.screenshot());
    // Clicking a hop opens the relation in the side panel.
    await page.click(
      '#path-result .path-edge[data-key="country:valdoria|DENOUNCED|country:nortania"]',
    );
    await expect.poll(() => search(page)).toMatch(/edge=country%3Avaldoria%7CDENOUNCED/);
    // Hiding the middle of the path: no path in what is shown.
    await page.evaluate(() => window.trama.store.update({ hiddenTypes: new Set(['Country']) }));
    await expect.poll(() => page.textContent('#path-status')).toMatch(/No path between them/);
    expect(problems).toEqual([]);
  });

  it('filters relations and articles by a date range that the URL keeps', async () => {
    const { page, problems } = await openViewer('?extras=1');
    await page.locator('#timeline').waitFor();
    const stops = await page.evaluate(() =>
      [...document.querySelectorAll('#timeline .bar')].map((b) => (b as HTMLElement).title),
    );
    // The 2023 relation sits at its own date, the other seven of article 1 at its publication date.
    expect(stops).toEqual(['2023: 1', '2024-03-10: 7', '2024-09-02: 6']);
    expect(await edgeHidden(page, 'person:sergei-lavrov|MET_WITH|person:marta-quiroga')).toBe(
      false,
    );
    // Move the lower handle to the second article's date.
    await page.locator('#time-from').evaluate((input: HTMLInputElement) => {
      input.value = '2';
      input.dispatchEvent(new Event('change'));
    });
    await expect.poll(() => search(page)).toMatch(/from=2024-09-02&to=2024-09-02/);
    expect(await edgeHidden(page, 'person:sergei-lavrov|MET_WITH|person:marta-quiroga')).toBe(true);
    expect(await edgeHidden(page, DATED_RELATION)).toBe(true);
    expect(await edgeHidden(page, 'country:valdoria|DENOUNCED|country:nortania')).toBe(false);
    // The first article (published in March) is hidden with its relations.
    const shown = await shownNodes(page);
    expect(shown).toContain('article:0456be7dbec22aab');
    expect(shown).not.toContain('article:3e0ef208b127eaa9');
    await saveScreenshot('explore-time', await page.screenshot());
    // The relation's own date counts (2023), unless the basis is the article date.
    const { page: p2 } = await openViewer('?from=2023&to=2023');
    expect(await edgeHidden(p2, DATED_RELATION)).toBe(false);
    expect(await edgeHidden(p2, 'person:sergei-lavrov|MET_WITH|person:marta-quiroga')).toBe(true);
    await p2.selectOption('#time-basis', 'article');
    await expect.poll(() => search(p2)).toMatch(/timeBy=article/);
    expect(await edgeHidden(p2, DATED_RELATION)).toBe(false); // the range was reset with the basis
    // Reloading the URL restores the range and the slider.
    const { page: p3 } = await openViewer(await search(page));
    expect(await edgeHidden(p3, 'person:sergei-lavrov|MET_WITH|person:marta-quiroga')).toBe(true);
    expect(await p3.textContent('#time-status')).toBe('2024-09-02 – 2024-09-02');
    expect(problems).toEqual([]);
  });

  it('computes PageRank, betweenness and communities in a worker, for size and colour', async () => {
    const { page, problems } = await openViewer();
    expect(await page.textContent('#metrics-status')).toBe('Not computed yet.');
    const leafBefore = await page.evaluate(
      () => window.trama.session!.sigma.getNodeDisplayData('law:ley-de-puertos')!.size,
    );
    await page.click('#metrics-run');
    await expect.poll(() => page.textContent('#metrics-status')).toMatch(/communities/);
    await page.selectOption('#metric-size', 'betweenness');
    await page.selectOption('#color-by', 'community');
    const after = await page.evaluate(() => {
      const sigma = window.trama.session!.sigma;
      const d = (k: string) => sigma.getNodeDisplayData(k)!;
      return {
        quiroga: d('person:marta-quiroga').size,
        leaf: d('law:ley-de-puertos').size,
        colours: [
          ...new Set(
            sigma
              .getGraph()
              .filterNodes((k, a) => a.kind === 'entity' && !d(k).hidden)
              .map((k) => d(k).color),
          ),
        ],
      };
    });
    // Quiroga sits between Ibarra, Lavrov and Valdoria: the largest betweenness, the largest node.
    // The law is on no shortest path: betweenness 0, the smallest size (it had more by mentions).
    expect(after.leaf).toBeLessThan(leafBefore);
    expect(after.quiroga).toBeGreaterThan(after.leaf);
    expect(after.colours.length).toBeGreaterThan(1);
    for (const c of after.colours) expect(COMMUNITY_COLOURS as readonly string[]).toContain(c);
    expect(await search(page)).toMatch(/msize=betweenness&color=community/);
    await saveScreenshot('explore-metrics', await page.screenshot());
    // From the URL, the metrics start by themselves (after the first frame).
    const { page: again } = await openViewer(await search(page));
    await expect.poll(() => again.textContent('#metrics-status')).toMatch(/communities/);
    expect(problems).toEqual([]);
  });

  it('lists nodes and relations in a sortable, filterable table; a row selects it', async () => {
    const { page, problems } = await openViewer();
    await page.click('#table-toggle');
    const table = page.locator('#node-table');
    await table.waitFor();
    const shown = (await shownNodes(page)).length;
    expect(await table.locator('tbody tr').count()).toBe(shown);
    expect(await table.locator('thead th[scope="col"]').count()).toBeGreaterThanOrEqual(4);
    await table.locator('th button[data-column="name"]').click();
    await expect
      .poll(() => page.getAttribute('#node-table th:has(button[data-column="name"])', 'aria-sort'))
      .toBe('ascending');
    const names = await page.locator('#node-table tbody tr td:first-child').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'es')));
    await page.fill('#table-filter', 'valdoria');
    await expect
      .poll(() => page.locator('#node-table tbody tr td:first-child').allTextContents())
      .toEqual(['Consejo Marítimo de Valdoria', 'Partido Verde de Valdoria', 'Valdoria']);
    await page.click('#node-table tbody tr[data-key="org:partido-verde"]');
    await expect.poll(() => search(page)).toMatch(/node=org%3Apartido-verde/);
    await expect.poll(() => page.locator('#panel').isVisible()).toBe(true);
    // Relations tab, by keyboard.
    await page.click('#table-tab-relations');
    await page.fill('#table-filter', '');
    const rel = page.locator('#relation-table');
    await rel.waitFor();
    expect(await rel.locator('tbody tr').count()).toBe(
      graph.graph.edges.filter((e) => e.attributes.kind === 'relation').length,
    );
    await rel.locator('tbody tr[data-key="country:rusia|SUPPORTS|country:valdoria"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => search(page)).toMatch(/edge=country%3Arusia%7CSUPPORTS/);
    await saveScreenshot('explore-table', await page.screenshot());
    expect(problems).toEqual([]);
  });

  it('drags a node without panning, pins it, and the layout leaves it there', async () => {
    const { page, problems } = await openViewer();
    const key = 'person:tomas-ibarra';
    const start = await nodeOnScreen(page, key);
    const before = await page.evaluate(() => ({
      camera: window.trama.session!.sigma.getCamera().getState(),
      other: window.trama.session!.graph.getNodeAttributes('country:rusia'),
    }));
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(start.x + i * 12, start.y + i * 6);
    await page.mouse.up();
    const end = await nodeOnScreen(page, key);
    expect(await page.locator('#panel').isVisible()).toBe(false); // a drag is not a click
    expect(Math.hypot(end.x - (start.x + 120), end.y - (start.y + 60))).toBeLessThan(4);
    const after = await page.evaluate(
      (key) => ({
        camera: window.trama.session!.sigma.getCamera().getState(),
        node: window.trama.session!.graph.getNodeAttributes(key) as Record<string, unknown>,
      }),
      key,
    );
    expect(after.camera).toEqual(before.camera);
    expect(after.node.fixed).toBe(true);
    await expect.poll(() => page.textContent('#pinned-count')).toBe('1 pinned');
    // ForceAtlas2 moves the others, not the pinned node.
    await page.click('#layout-toggle');
    await page.waitForTimeout(1200);
    await page.click('#layout-toggle');
    const laidOut = await page.evaluate(
      (key) => ({
        node: window.trama.session!.graph.getNodeAttributes(key),
        other: window.trama.session!.graph.getNodeAttributes('country:rusia'),
      }),
      key,
    );
    // (the layout hands positions back as 32-bit floats)
    expect(laidOut.node.x).toBeCloseTo(after.node.x as number, 4);
    expect(laidOut.node.y).toBeCloseTo(after.node.y as number, 4);
    expect([laidOut.other.x, laidOut.other.y]).not.toEqual([before.other.x, before.other.y]);
    await page.click('#unpin-all');
    await expect.poll(() => page.textContent('#pinned-count')).toBe('0 pinned');
    expect(problems).toEqual([]);
  });

  it('merges two nodes in the view and exports the merge list', async () => {
    const { page, problems } = await openViewer('?node=country:valdoria');
    await page.fill('#merge-from', 'Nortania');
    await page.click('#merge-apply');
    await expect
      .poll(() => page.evaluate(() => window.trama.session?.graph.hasNode('country:nortania')))
      .toBe(false);
    const valdoria = await page.evaluate(() =>
      window.trama.session!.graph.getNodeAttributes('country:valdoria'),
    );
    expect(valdoria.kind === 'entity' && valdoria.aliases).toContain('Nortania');
    const moved = await page.evaluate(() =>
      window.trama.session!.graph.hasEdge('country:valdoria|ATTACKED|place:estrecho-de-brumas'),
    );
    expect(moved).toBe(true);
    expect(await page.textContent('#merge-list')).toMatch(/country:nortania → Valdoria/);
    expect(decodeURIComponent(await search(page))).toMatch(/node=country:valdoria/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#merges-export'),
    ]);
    const file = await readFile((await download.path())!, 'utf8');
    expect(parseMergeList(file, 'download').merges).toEqual([
      { into: 'country:valdoria', from: 'country:nortania' },
    ]);
    expect(problems).toEqual([]);
  });
});
