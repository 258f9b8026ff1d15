/**
 * `npm run bench:viewer`: time to first frame of the trama viewer vs a bare sigma page, on the same
 * synthetic graph (100k nodes, 250k edges by default), in the same Chromium run, pages alternating.
 * Also times one camera pan (a full re-render) on each. Prints both and the ratios.
 *
 *   npm run bench:viewer [-- --nodes 100000 --edges 250000 --rounds 3]
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { generateSyntheticGraph } from '../../src/graph/synthetic.js';
import { startServer } from '../../src/server/index.js';
import { launchChromium } from '../lib/browser.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const VITE = join(REPO, 'node_modules/vite/bin/vite.js');

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

function vite(args: string[]): void {
  execFileSync(process.execPath, [VITE, ...args, '--logLevel', 'warn'], {
    cwd: REPO,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface Sample {
  firstFrameMs: number;
  /** Viewer only: when the background schema validation finished (large files). */
  validatedMs: number | null;
  panMs: number;
}

const PANS = flag('pans', 3);

/** Opens `url`, waits for `window.<probe>` to hold the first-frame time, then times one pan. */
async function measure(browser: Browser, url: string, probe: 'viewer' | 'bare'): Promise<Sample> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url);
    const firstFrameMs = await page
      .waitForFunction(
        (probe) => {
          const w = window as unknown as {
            trama?: { firstFrameMs: number | null; error: string | null };
            firstFrameMs?: number;
            error?: string;
          };
          const error = probe === 'viewer' ? w.trama?.error : w.error;
          if (error) throw new Error(error);
          return (probe === 'viewer' ? w.trama?.firstFrameMs : w.firstFrameMs) ?? false;
        },
        probe,
        { timeout: 300_000, polling: 100 },
      )
      .then((handle) => handle.jsonValue() as Promise<number>);
    let validatedMs: number | null = null;
    if (probe === 'viewer') {
      const at = await page
        .waitForFunction(
          () => window.trama.validatedMs ?? (window.trama.error ? -1 : false),
          null,
          { timeout: 300_000, polling: 100 },
        )
        .then((handle) => handle.jsonValue() as Promise<number>);
      validatedMs = at;
      if (at < 0)
        throw new Error(
          `viewer rejected the graph: ${await page.evaluate(() => window.trama.error)}`,
        );
    }
    // Pans are timed once the page is idle (a person does not pan within a millisecond of the first frame).
    await page.waitForTimeout(1500);
    const pans = await page.evaluate(
      async ({ probe, count }) => {
        const w = window as unknown as {
          trama?: { session: { sigma: import('sigma').default } };
          sigma?: import('sigma').default;
        };
        const sigma = probe === 'viewer' ? w.trama!.session.sigma : w.sigma!;
        const camera = sigma.getCamera();
        const times: number[] = [];
        for (let i = 0; i < count; i++) {
          const start = performance.now();
          await new Promise<void>((done) => {
            sigma.once('afterRender', () => done());
            camera.setState({ x: camera.x + 0.02, y: camera.y + 0.02 });
          });
          // The same GPU barrier as finishGpuWork (viewer/src/ui/gpu-sync.ts), inlined: this runs in the page.
          for (const canvas of sigma.getContainer().querySelectorAll('canvas')) {
            const gl = (canvas.getContext('webgl2') ??
              canvas.getContext('webgl')) as WebGLRenderingContext | null;
            gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
          }
          times.push(performance.now() - start);
        }
        return times;
      },
      { probe, count: PANS },
    );
    const panMs = median(pans);
    const steps = await page.evaluate(() =>
      performance
        .getEntriesByType('measure')
        .filter((m) => /^(trama|bare):/.test(m.name))
        .map((m) => `${m.name} ${m.duration.toFixed(0)}`)
        .join(', '),
    );
    if (steps) process.stderr.write(`  steps (ms): ${steps}\n`);
    return { firstFrameMs, validatedMs, panMs };
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const nodes = flag('nodes', 100_000);
  const edges = flag('edges', 250_000);
  const rounds = flag('rounds', 3);
  const scratch = await mkdtemp(join(tmpdir(), 'trama-bench-viewer-'));
  const servers: Array<{ close(): Promise<void> }> = [];
  let browser: Browser | null = null;
  try {
    process.stderr.write(`generating a synthetic graph: ${nodes} nodes, ${edges} edges…\n`);
    const graphPath = join(scratch, 'graph.json');
    const envelope = generateSyntheticGraph({ nodes, edges });
    await writeFile(graphPath, JSON.stringify(envelope));
    process.stderr.write('building the viewer and the bare sigma page…\n');
    const viewerDir = join(scratch, 'viewer');
    const bareDir = join(scratch, 'bare');
    vite([
      'build',
      '--config',
      join(REPO, 'viewer/vite.config.ts'),
      '--outDir',
      viewerDir,
      '--emptyOutDir',
    ]);
    vite(['build', join(REPO, 'scripts/bench/bare-sigma'), '--outDir', bareDir, '--emptyOutDir']);
    const viewer = await startServer({ graphPath, viewerDir });
    const bare = await startServer({ graphPath, viewerDir: bareDir });
    servers.push(viewer, bare);
    browser = await launchChromium();
    const samples = { viewer: [] as Sample[], bare: [] as Sample[] };
    for (let round = 0; round < rounds; round++) {
      // Alternate which page goes first, so warm caches favour neither.
      const order = round % 2 === 0 ? (['bare', 'viewer'] as const) : (['viewer', 'bare'] as const);
      for (const which of order) {
        const sample = await measure(browser, which === 'viewer' ? viewer.url : bare.url, which);
        samples[which].push(sample);
        const validated =
          sample.validatedMs === null ? '' : `, validated ${sample.validatedMs.toFixed(0)} ms`;
        process.stderr.write(
          `round ${round + 1} ${which}: first frame ${sample.firstFrameMs.toFixed(0)} ms${validated}, pan ${sample.panMs.toFixed(0)} ms\n`,
        );
      }
    }
    const v = median(samples.viewer.map((s) => s.firstFrameMs));
    const b = median(samples.bare.map((s) => s.firstFrameMs));
    const vv = median(samples.viewer.map((s) => s.validatedMs ?? s.firstFrameMs));
    const vp = median(samples.viewer.map((s) => s.panMs));
    const bp = median(samples.bare.map((s) => s.panMs));
    const date = new Date().toISOString().slice(0, 10);
    process.stdout.write(
      [
        `viewer bench, ${nodes} nodes / ${envelope.graph.edges.length} edges, ${rounds} rounds (medians), Chromium + SwiftShader`,
        `  time to first frame: viewer ${v.toFixed(0)} ms, bare sigma ${b.toFixed(0)} ms, ratio ${(v / b).toFixed(2)} (aim <= 1.3)`,
        `  viewer's schema validation done at ${vv.toFixed(0)} ms (in a worker, started after the first frame)`,
        `  one pan re-render:   viewer ${vp.toFixed(0)} ms, bare sigma ${bp.toFixed(0)} ms, ratio ${(vp / bp).toFixed(2)}`,
        `  docs row: | ${date} | ${nodes} / ${envelope.graph.edges.length} | ${v.toFixed(0)} | ${b.toFixed(0)} | ${(v / b).toFixed(2)} | ${vp.toFixed(0)} | ${bp.toFixed(0)} |`,
        '',
      ].join('\n'),
    );
  } finally {
    await browser?.close();
    for (const server of servers) await server.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
