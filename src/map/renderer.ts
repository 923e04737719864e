/**
 * Whether WebGL runs on a software rasteriser (Chromium's SwiftShader when the GPU is missing
 * or blocklisted, Mesa's llvmpipe): common on meeting-room PCs driving a projector, and on
 * this project's CI. There, multisampling roughly doubled every frame: with 240k buildings,
 * panning went from ≈150 to ≈300 ms a frame (test/bench/big-data-bench.ts), so the map
 * turns antialiasing off on such renderers and keeps it on a real GPU.
 */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

let cached: boolean | null = null;

export function isSoftwareRenderer(): boolean {
  if (cached !== null) return cached;
  cached = false;
  try {
    const gl = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
    if (!gl) return cached;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    cached = SOFTWARE.test(renderer);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    // No WebGL at all: MapLibre will report it; nothing to decide here.
  }
  return cached;
}
