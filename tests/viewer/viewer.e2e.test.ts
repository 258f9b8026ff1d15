/**
 * The viewer in a real browser (Debian's Chromium, WebGL through SwiftShader), against the trama
 * server started in-process on a free port. One browser for the file; a fresh page per test.
 */
import { foldName } from '../../src/schema/names.js';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.js';
import type { EntityNode, GraphEnvelope, RelationEdge } from '../../src/schema/index.js';
import { startServer, type QueryRunner, type RunningServer } from '../../src/server/index.js';
import { generateSyntheticGraph } from '../../src/graph/synthetic.js';
import { BACKGROUND_VALIDATION_CHARS } from '../../viewer/src/graph/background-validation.js';
import { buildXssGraph, XSS_IMG, XSS_SCRIPT } from '../fixtures/viewer-graphs.js';
import { graphUnderTest } from './graph-under-test.js';
import {
  buildViewer,
  imageStats,
  nodeOnScreen,
  pixelAt,
  saveScreenshot,
  waitForViewer,
} from './harness.js';

let scratch: string;
let server: RunningServer;
let browser: Browser;
let graph: GraphEnvelope;
const pages: Page[] = [];

/** Answers any query with the Person nodes' keys, as `MATCH (p:Person) RETURN p.key` would. */
const personQueryRunner: QueryRunner = {
  async run() {
    const people = graph.graph.nodes
      .filter((n) => n.attributes.type === 'Person')
      .map((n) => [n.key, n.attributes.name]);
    return { columns: ['p.key', 'p.name'], rows: people };
  },
  async close() {},
};

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'trama-viewer-e2e-'));
  const viewerDir = join(scratch, 'viewer');
  buildViewer(viewerDir);
  const graphPath = await graphUnderTest(scratch);
  graph = JSON.parse(await readFile(graphPath, 'utf8')) as GraphEnvelope;
  server = await startServer({ graphPath, viewerDir, queryRunner: personQueryRunner });
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

interface Watched {
  page: Page;
  problems: string[];
  dialogs: string[];
}

async function openViewer(search = ''): Promise<Watched> {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  pages.push(page);
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(new URL(search, server.url).href);
  await waitForViewer(page);
  return { page, problems, dialogs };
}

const entities = () =>
  graph.graph.nodes.filter((n) => n.attributes.kind === 'entity') as Array<{
    key: string;
    attributes: EntityNode;
  }>;

async function searchAndPick(page: Page, query: string, label: string): Promise<void> {
  await page.fill('#search-input', query);
  const item = page.locator('#search-suggestions li', { hasText: label }).first();
  await item.waitFor();
  await item.click();
}

describe('trama viewer in Chromium', () => {
  it('loads the sample and draws a canvas that is not blank', async () => {
    const { page, problems } = await openViewer();
    await page.waitForTimeout(300);
    const shot = await page.locator('#sigma-container').screenshot();
    await saveScreenshot('01-loaded', await page.screenshot());
    const stats = await imageStats(page, shot);
    expect(stats.width).toBeGreaterThan(500);
    expect(stats.colours).toBeGreaterThan(30);
    expect(stats.inked).toBeGreaterThan(0.005);
    expect(problems).toEqual([]);
  });

  it('lists the entity types in the legend with their counts', async () => {
    const { page } = await openViewer();
    const expected = new Map<string, number>();
    for (const n of entities())
      expected.set(n.attributes.type, (expected.get(n.attributes.type) ?? 0) + 1);
    const rows = await page.$$eval('#legend-node-types li', (items) =>
      items.map(
        (li) => [li.getAttribute('data-key'), li.querySelector('.count')?.textContent] as const,
      ),
    );
    expect(new Map(rows.map(([k, c]) => [k, Number(c)]))).toEqual(expected);
  });

  it('searching "Lavrov" focuses his node and the panel shows his evidence sentences', async () => {
    const { page } = await openViewer();
    const lavrov = entities().find((n) =>
      foldName([n.attributes.name, ...n.attributes.aliases].join(' ')).includes('lavrov'),
    );
    expect(lavrov, 'the graph under test has a node for Lavrov').toBeDefined();
    await searchAndPick(page, 'lavrov', lavrov!.attributes.name);
    await expect.poll(() => page.textContent('#panel-title')).toBe(lavrov!.attributes.name);
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe(lavrov!.key);
    // The camera moved to the node: it ends up in the middle of the canvas.
    await page.waitForTimeout(700);
    const box = (await page.locator('#sigma-container').boundingBox())!;
    const at = await nodeOnScreen(page, lavrov!.key);
    expect(Math.abs(at.x - (box.x + box.width / 2))).toBeLessThan(30);
    expect(Math.abs(at.y - (box.y + box.height / 2))).toBeLessThan(30);
    const evidence = graph.graph.edges
      .filter(
        (e) =>
          e.attributes.kind === 'relation' &&
          (e.source === lavrov!.key || e.target === lavrov!.key),
      )
      .flatMap((e) => (e.attributes as RelationEdge).evidence.map((ev) => ev.text));
    expect(evidence.length).toBeGreaterThan(0);
    const shown = await page.$$eval('#panel .evidence-text', (els) =>
      els.map((el) => el.textContent),
    );
    for (const sentence of evidence) expect(shown).toContain(sentence);
    const marked = await page.$$eval(
      '#panel .evidence-text',
      (els) => els.filter((el) => el.querySelector('mark')).length,
    );
    expect(marked).toBe(shown.length);
    await saveScreenshot('02-lavrov', await page.screenshot());
  });

  it('hiding a type in the legend hides its nodes on the canvas', async () => {
    const { page } = await openViewer();
    const counts = new Map<string, string[]>();
    for (const n of entities())
      counts.set(n.attributes.type, [...(counts.get(n.attributes.type) ?? []), n.key]);
    const type = counts.has('Country') ? 'Country' : [...counts.keys()][0]!;
    const keys = counts.get(type)!;
    const others = entities()
      .filter((n) => n.attributes.type !== type)
      .map((n) => n.key);
    const target = await nodeOnScreen(page, keys[0]!);
    const before = await pixelAt(page, await page.screenshot(), target.x, target.y);
    await page.click(`#legend-node-types li[data-key="${type}"]`);
    await expect
      .poll(() => page.getAttribute(`#legend-node-types li[data-key="${type}"]`, 'class'))
      .toContain('off');
    for (const key of keys) expect((await nodeOnScreen(page, key)).hidden, key).toBe(true);
    for (const key of others) expect((await nodeOnScreen(page, key)).hidden, key).toBe(false);
    await page.waitForTimeout(200);
    const shot = await page.screenshot();
    await saveScreenshot('03-type-hidden', shot);
    const after = await pixelAt(page, shot, target.x, target.y);
    expect(after, `pixel at the hidden ${type} node`).not.toEqual(before);
    expect(Math.min(...after)).toBeGreaterThan(200); // background, not the node's colour
    expect(await page.textContent('#status')).toContain(`${entities().length - keys.length} of`);
  });

  it('restores the selected node, the filters and the camera after a reload', async () => {
    const { page } = await openViewer();
    const person = entities().find((n) => n.attributes.type === 'Person')!;
    const hiddenType = entities().find((n) => n.attributes.type !== 'Person')!.attributes.type;
    await searchAndPick(page, person.attributes.name, person.attributes.name);
    await page.click(`#legend-node-types li[data-key="${hiddenType}"]`);
    await page.click('#zoom button[title="Zoom in"]');
    await page.waitForTimeout(600);
    const camera = await page.evaluate(() => window.trama.session!.sigma.getCamera().getState());
    await expect.poll(() => new URL(page.url()).searchParams.get('hide')).toBe(hiddenType);
    await page.reload();
    await waitForViewer(page);
    expect(await page.textContent('#panel-title')).toBe(person.attributes.name);
    expect(
      await page.getAttribute(`#legend-node-types li[data-key="${hiddenType}"]`, 'class'),
    ).toContain('off');
    const restored = await page.evaluate(() => window.trama.session!.sigma.getCamera().getState());
    expect(restored.ratio).toBeCloseTo(camera.ratio, 3);
    expect(restored.x).toBeCloseTo(camera.x, 3);
    expect(restored.y).toBeCloseTo(camera.y, 3);
    await saveScreenshot('04-restored', await page.screenshot());
  });

  it('exports a PNG of the view that is a real, non-empty image', async () => {
    const { page } = await openViewer();
    const download = page.waitForEvent('download');
    await page.click('#export-png');
    const file = await (await download).path();
    const png = await readFile(file);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const stats = await imageStats(page, png);
    expect(stats.width).toBeGreaterThan(500);
    expect(stats.colours).toBeGreaterThan(30);
    expect(stats.inked).toBeGreaterThan(0.005);
    await saveScreenshot('05-export', png);
  });

  it('exports the filtered graph as trama JSON and GEXF', async () => {
    const { page } = await openViewer();
    const hidden = entities()[0]!.attributes.type;
    await page.click(`#legend-node-types li[data-key="${hidden}"]`);
    const jsonDownload = page.waitForEvent('download');
    await page.click('#export-json');
    const exported = JSON.parse(
      await readFile(await (await jsonDownload).path(), 'utf8'),
    ) as GraphEnvelope;
    expect(exported.format).toBe('trama-graph');
    const expectedKeys = entities()
      .filter((n) => n.attributes.type !== hidden)
      .map((n) => n.key)
      .sort();
    expect(exported.graph.nodes.map((n) => n.key).sort()).toEqual(expectedKeys);
    expect(exported.graph.nodes.every((n) => Number.isFinite(n.attributes.x))).toBe(true);
    const gexfDownload = page.waitForEvent('download');
    await page.click('#export-gexf');
    const gexf = await readFile(await (await gexfDownload).path(), 'utf8');
    expect(gexf).toContain('<gexf');
    expect((gexf.match(/<node /g) ?? []).length).toBe(expectedKeys.length);
  });

  it('runs a Cypher query, shows the table and lights up the nodes it returned', async () => {
    const { page } = await openViewer();
    await page.click('#cypher-run');
    await page.locator('#cypher-result').waitFor();
    const people = entities().filter((n) => n.attributes.type === 'Person');
    expect(await page.locator('#cypher-result tbody tr').count()).toBe(people.length);
    const other = entities().find((n) => n.attributes.type !== 'Person')!;
    const colours = await page.evaluate(
      ([a, b]) => [
        window.trama.session!.sigma.getNodeDisplayData(a)!.color,
        window.trama.session!.sigma.getNodeDisplayData(b)!.color,
      ],
      [people[0]!.key, other.key],
    );
    expect(colours[0]).not.toBe(colours[1]);
    expect(colours[1]).toBe('#e4e6ea'); // faded
  });

  it('shows markup in an article as text and runs none of it', async () => {
    const { page, dialogs, problems } = await openViewer();
    const file = join(scratch, 'xss-graph.json');
    await writeFile(file, JSON.stringify(buildXssGraph()));
    await page.setInputFiles('#open-file', file);
    await expect.poll(() => page.textContent('#graph-title')).toContain('xss-graph.json');
    await searchAndPick(page, 'Ramiro', 'Ramiro Olmedo');
    await expect.poll(() => page.textContent('#panel-title')).toBe('Ramiro Olmedo');
    const sentences = await page.$$eval('#panel .evidence-text', (els) =>
      els.map((el) => el.textContent ?? ''),
    );
    expect(sentences.join(' ')).toContain(XSS_SCRIPT);
    expect(sentences.join(' ')).toContain(XSS_IMG);
    await page.click('#panel .node-link[data-key="org:xss"]');
    await expect.poll(() => page.textContent('#panel-title')).toBe(`colectivo ${XSS_IMG}`);
    await page.fill('#search-input', 'colectivo');
    await page.locator('#search-suggestions li', { hasText: XSS_IMG }).waitFor();
    await saveScreenshot('06-xss', await page.screenshot());
    await page.waitForTimeout(300);
    expect(await page.locator('img[src="x"], #panel script, #search-suggestions img').count()).toBe(
      0,
    );
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('rejects a large file that breaks the schema, validated in the background, with the schema\u2019s message', async () => {
    const { page } = await openViewer();
    const big = generateSyntheticGraph({ nodes: 6000, edges: 9000, seed: 7 });
    const edge = big.graph.edges.find(
      (e) => e.attributes.kind === 'relation' && e.attributes.category !== 'conflict',
    )!;
    (edge.attributes as RelationEdge).category = 'conflict';
    const text = JSON.stringify(big);
    expect(text.length).toBeGreaterThan(BACKGROUND_VALIDATION_CHARS);
    const file = join(scratch, 'big-invalid.json');
    await writeFile(file, text);
    await page.setInputFiles('#open-file', file);
    await expect
      .poll(() => page.evaluate(() => window.trama.error), { timeout: 30_000 })
      .toContain(`has category`);
    expect(await page.textContent('#overlay')).toContain(JSON.stringify(edge.key));
    expect(await page.isVisible('#overlay')).toBe(true);
  });

  it('hovering a node keeps its neighbourhood and fades the rest, through reducers', async () => {
    const { page } = await openViewer();
    const degree = new Map<string, number>();
    for (const e of graph.graph.edges) {
      if (e.attributes.kind !== 'relation') continue;
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    }
    const hub = [...degree].sort((a, b) => b[1] - a[1])[0]![0];
    const neighbours = new Set(
      graph.graph.edges
        .filter((e) => e.attributes.kind === 'relation' && (e.source === hub || e.target === hub))
        .flatMap((e) => [e.source, e.target]),
    );
    const stranger = entities().find((n) => !neighbours.has(n.key))!;
    const colourOf = (key: string) =>
      page.evaluate((key) => window.trama.session!.sigma.getNodeDisplayData(key)!.color, key);
    const strangerColour = await colourOf(stranger.key);
    const order = await page.evaluate(() => window.trama.session!.graph.order);
    const at = await nodeOnScreen(page, hub);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => colourOf(stranger.key)).toBe('#e4e6ea');
    for (const key of neighbours) expect(await colourOf(key), key).not.toBe('#e4e6ea');
    expect(await page.evaluate(() => window.trama.session!.graph.order)).toBe(order); // the graph was not rebuilt
    await saveScreenshot('07-hover', await page.screenshot());
    await page.mouse.move(5, 400);
    await expect.poll(() => colourOf(stranger.key)).toBe(strangerColour);
  });

  it('filters by certainty and minimum degree', async () => {
    const { page } = await openViewer();
    const reported = graph.graph.edges.filter(
      (e) => e.attributes.kind === 'relation' && e.attributes.certainty === 'reported',
    );
    expect(reported.length, 'the graph under test has a reported relation').toBeGreaterThan(0);
    const edgeHidden = (key: string) =>
      page.evaluate((key) => window.trama.session!.sigma.getEdgeDisplayData(key)!.hidden, key);
    expect(await edgeHidden(reported[0]!.key)).toBe(false);
    await page.uncheck('#filter-certainty input[data-certainty="reported"]');
    await expect.poll(() => edgeHidden(reported[0]!.key)).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get('cert')).toBe('stated');
    await page.locator('#filter-min-degree').fill('2');
    await page.locator('#filter-min-degree').dispatchEvent('change');
    const degree = new Map<string, number>();
    for (const e of graph.graph.edges) {
      if (e.attributes.kind !== 'relation') continue;
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    }
    await expect.poll(() => new URL(page.url()).searchParams.get('minDeg')).toBe('2');
    for (const n of entities())
      expect((await nodeOnScreen(page, n.key)).hidden, n.key).toBe((degree.get(n.key) ?? 0) < 2);
  });

  it('opens a relation from the node panel: predicate, certainty and evidence', async () => {
    const { page } = await openViewer();
    const relation = graph.graph.edges.find((e) => e.attributes.kind === 'relation')!;
    const a = relation.attributes as RelationEdge;
    await page.goto(new URL(`?node=${encodeURIComponent(relation.source)}`, server.url).href);
    await waitForViewer(page);
    await page.click(
      `#panel .relation[data-edge="${relation.key.replace(/"/g, '\\"')}"] button[title="Show this relation"]`,
    );
    await expect.poll(() => new URL(page.url()).searchParams.get('edge')).toBe(relation.key);
    expect(await page.textContent('#panel-title')).toBe(a.predicate);
    expect(await page.textContent('#panel')).toContain(a.certainty);
    const shown = await page.$$eval('#panel .evidence-text', (els) =>
      els.map((el) => el.textContent),
    );
    expect(shown).toEqual(a.evidence.map((ev) => ev.text));
  });

  it('runs ForceAtlas2 in a worker and stops it', async () => {
    const { page } = await openViewer();
    const key = entities()[0]!.key;
    const position = () =>
      page
        .evaluate((key) => window.trama.session!.graph.getNodeAttributes(key), key)
        .then((a) => [a.x, a.y]);
    const before = await position();
    await page.click('#layout-toggle');
    await expect.poll(() => page.textContent('#layout-toggle')).toContain('Stop');
    await expect.poll(position, { timeout: 10_000 }).not.toEqual(before);
    await page.click('#layout-toggle');
    await expect.poll(() => page.textContent('#layout-toggle')).toContain('Run');
    const stopped = await position();
    await page.waitForTimeout(300);
    expect(await position()).toEqual(stopped);
  });

  it('opens a graph file dropped on the window', async () => {
    const { page } = await openViewer();
    const text = JSON.stringify(buildXssGraph());
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped-graph.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true }));
      window.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    }, text);
    await expect.poll(() => page.textContent('#graph-title')).toContain('dropped-graph.json');
    expect(await page.evaluate(() => window.trama.session!.graph.order)).toBe(
      buildXssGraph().graph.nodes.length,
    );
    expect(await page.isHidden('#drop-hint')).toBe(true);
  });
});
