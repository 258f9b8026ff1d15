/**
 * PNG of the current view: render once, then draw every sigma layer (WebGL and 2D canvases, in
 * stacking order) onto one canvas in the same task, before the WebGL buffers are cleared.
 */
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from '../schema.js';

export async function snapshotPng(
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  background = '#ffffff',
): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const output = document.createElement('canvas');
  output.width = Math.round(width * ratio);
  output.height = Math.round(height * ratio);
  const context = output.getContext('2d');
  if (!context) throw new Error('snapshotPng: no 2D canvas context');
  context.fillStyle = background;
  context.fillRect(0, 0, output.width, output.height);
  sigma.refresh();
  const layers = [...sigma.getContainer().querySelectorAll('canvas')];
  for (const layer of layers) context.drawImage(layer, 0, 0, output.width, output.height);
  return await new Promise<Blob>((done, fail) =>
    output.toBlob(
      (blob) => (blob ? done(blob) : fail(new Error('snapshotPng: the canvas gave no image'))),
      'image/png',
    ),
  );
}
