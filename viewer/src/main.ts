/** Viewer entry: read the view state from the URL, load the graph, open a session; file drop reopens. */
import { Session } from './app/session.js';
import { fetchHealth } from './cypher/api.js';
import { OPEN_ENVELOPE_EVENT, type OpenEnvelopeDetail } from './curation/controls.js';
import { loadGraphFromFile, loadGraphFromUrl } from './graph/load.js';
import type { LoadedGraph } from './graph/types.js';
import { Store } from './state/store.js';
import { decodeState, syncStateToUrl } from './state/url.js';
import type { ViewState } from './state/view-state.js';
import { byId, el } from './ui/dom.js';
import { finishGpuWork } from './ui/gpu-sync.js';

/** What tests and curious users can reach from the console. Read it; do not rely on it in code. */
interface DebugHandle {
  session: Session | null;
  store: Store<ViewState>;
  /** performance.now() when the current graph's first frame was drawn. */
  firstFrameMs: number | null;
  /** performance.now() when the schema had checked the current graph. */
  validatedMs: number | null;
  error: string | null;
}

declare global {
  interface Window {
    trama: DebugHandle;
  }
}

const DEFAULT_GRAPH_URL = 'api/graph';
const store = new Store<ViewState>(decodeState(window.location.search));
syncStateToUrl(store);
const debug: DebugHandle = {
  session: null,
  store,
  firstFrameMs: null,
  validatedMs: null,
  error: null,
};
window.trama = debug;
const healthPromise = fetchHealth();

function showOverlay(kind: 'loading' | 'error' | null, message = '', detail = ''): void {
  const overlay = byId('overlay');
  overlay.hidden = kind === null;
  overlay.className = `overlay ${kind ?? ''}`;
  overlay.replaceChildren(
    el('div', { id: 'overlay-message' }, message),
    detail ? el('pre', {}, detail) : '',
  );
}

function fail(error: unknown): void {
  debug.session?.destroy();
  debug.session = null;
  debug.error = (error as Error).message;
  showOverlay('error', 'Could not open the graph', debug.error);
  console.error(error);
}

let opening = 0;

async function open(load: () => Promise<LoadedGraph>, label: string): Promise<void> {
  const attempt = ++opening;
  showOverlay('loading', `Loading ${label}…`);
  debug.firstFrameMs = debug.validatedMs = null;
  let loaded: LoadedGraph;
  let health: Awaited<typeof healthPromise>;
  try {
    [loaded, health] = await Promise.all([load(), healthPromise]);
  } catch (error) {
    return fail(error);
  }
  try {
    debug.session?.destroy();
    debug.session = null;
    debug.session = new Session(loaded, store, health);
  } catch (error) {
    // A file that breaks the build is reported with the schema's message when there is one.
    await loaded.validate().then(() => fail(error), fail);
    return;
  }
  // Sigma drew synchronously in the constructor; the frame is on screen once the GPU is done with it.
  finishGpuWork(byId('sigma-container'));
  debug.firstFrameMs = performance.now();
  debug.error = null;
  showOverlay(null);
  loaded.validate().then(
    () => {
      if (attempt === opening) debug.validatedMs = performance.now();
    },
    (error: unknown) => {
      if (attempt === opening) fail(error);
    },
  );
}

function openFile(file: File): void {
  store.update({ graph: null, selection: null, camera: null });
  void open(() => loadGraphFromFile(file), file.name);
}

const fileInput = byId<HTMLInputElement>('open-file');
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) openFile(file);
  fileInput.value = '';
});

const dropHint = byId('drop-hint');
let dragDepth = 0;
window.addEventListener('dragenter', (event) => {
  if (!event.dataTransfer?.types.includes('Files')) return;
  dragDepth++;
  dropHint.hidden = false;
});
window.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) dropHint.hidden = true;
});
window.addEventListener('dragover', (event) => event.preventDefault());
window.addEventListener('drop', (event) => {
  event.preventDefault();
  dragDepth = 0;
  dropHint.hidden = true;
  const file = event.dataTransfer?.files[0];
  if (file) openFile(file);
});

// A curation merge hands over the merged graph (already validated): it replaces the current one.
window.addEventListener(OPEN_ENVELOPE_EVENT, (event) => {
  const { envelope, source } = (event as CustomEvent<OpenEnvelopeDetail>).detail;
  void open(async () => ({ envelope, source, validate: async () => {} }), source);
});

const initialUrl = store.get().graph ?? DEFAULT_GRAPH_URL;
void open(() => loadGraphFromUrl(initialUrl), initialUrl);
