/** Shared pieces of the browser tests: building the viewer, reading pixels, waiting for the view. */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const SCREENSHOTS = join(REPO, 'test-results', 'viewer');

/** Builds the viewer from the current sources into `outDir` (the tests never use a stale dist). */
export function buildViewer(outDir: string): void {
  execFileSync(
    process.execPath,
    [
      join(REPO, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      join(REPO, 'viewer/vite.config.ts'),
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    {
      cwd: REPO,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

export async function saveScreenshot(name: string, png: Buffer): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await writeFile(join(SCREENSHOTS, `${name}.png`), png);
}

export interface ImageStats {
  width: number;
  height: number;
  /** Distinct colours (quantised to 4 bits per channel). */
  colours: number;
  /** Share of pixels that are not (near) white. */
  inked: number;
}

/** Decodes a PNG in the page (the browser is the PNG decoder we have) and measures it. */
export async function imageStats(page: Page, png: Buffer): Promise<ImageStats> {
  return await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set<number>();
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      colours.add(((data[i]! >> 4) << 8) | ((data[i + 1]! >> 4) << 4) | (data[i + 2]! >> 4));
      if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) inked++;
    }
    return {
      width: canvas.width,
      height: canvas.height,
      colours: colours.size,
      inked: inked / (data.length / 4),
    };
  }, png.toString('base64'));
}

/** The colour of one pixel of a PNG, as [r, g, b]. */
export async function pixelAt(
  page: Page,
  png: Buffer,
  x: number,
  y: number,
): Promise<[number, number, number]> {
  return await page.evaluate(
    async ({ base64, x, y }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const d = context.getImageData(Math.round(x), Math.round(y), 1, 1).data;
      return [d[0]!, d[1]!, d[2]!] as [number, number, number];
    },
    { base64: png.toString('base64'), x, y },
  );
}

/** Waits until the viewer drew its first frame (or failed, which fails the test with its message). */
export async function waitForViewer(page: Page): Promise<void> {
  await page.waitForFunction(
    () => window.trama?.firstFrameMs != null || window.trama?.error != null,
    null,
    { timeout: 30_000 },
  );
  const error = await page.evaluate(() => window.trama.error);
  if (error) throw new Error(`viewer failed to open the graph: ${error}`);
}

/** Where a node is drawn, in page (CSS pixel) coordinates, and whether sigma hides it. */
export async function nodeOnScreen(
  page: Page,
  key: string,
): Promise<{ x: number; y: number; hidden: boolean }> {
  return await page.evaluate((key) => {
    const sigma = window.trama.session!.sigma;
    const data = sigma.getNodeDisplayData(key)!;
    const point = sigma.framedGraphToViewport(data);
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y, hidden: data.hidden };
  }, key);
}
