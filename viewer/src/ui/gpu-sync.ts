/**
 * Waits for the GPU to finish what sigma asked it to draw, by reading one pixel back from each WebGL
 * layer. With software WebGL a frame can take seconds after the JavaScript that issued it has
 * returned; "first frame" timings are only honest once this returns.
 */
export function finishGpuWork(container: HTMLElement): void {
  const pixel = new Uint8Array(4);
  for (const canvas of container.querySelectorAll('canvas')) {
    const gl = (canvas.getContext('webgl2') ??
      canvas.getContext('webgl')) as WebGLRenderingContext | null;
    gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
  }
}
