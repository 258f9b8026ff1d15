/** Viewer entry: read the view state from the URL, load the graph, open a session; file drop reopens. */
import { Session } from './app/session.js';
import { fetchHealth } from './cypher/api.js';
import { loadGraphFromFile, loadGraphFromUrl } from './graph/load.js';
import type { LoadedGraph } from './graph/types.js';
import { Store } from './state/store.js';
import { decodeState, syncStateToUrl } from './state/url.js';
import type { ViewState } from './state/view-state.js';
import { byId, el } from './ui/dom.js';

/** What tests and curious users can reach from the console. Read it; do not rely on it in code. */
interface DebugHandle {
  session: Session | null;
  store: Store<ViewState>;
  firstFrameMs: number | null;
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
const debug: DebugHandle = { session: null, store, firstFrameMs: null, error: null };
window.trama = debug;
const healthPromise = fetchHealth();

function showOverlay(kind: 'loading' | 'error' | null, message = '', detail = ''): void {
  const overlay = byId('overlay');
  overlay.hidden = kind === null;
  overlay.className = `overlay ${kind ?? ''}`;
  overlay.replaceChildren(el('div', { id: 'overlay-message' }, message), detail ? el('pre', {}, detail) : '');
}

async function open(load: () => Promise<LoadedGraph>, label: string): Promise<void> {
  showOverlay('loading', `Loading ${label}…`);
  try {
    const [loaded, health] = await Promise.all([load(), healthPromise]);
    debug.session?.destroy();
    debug.session = null;
    debug.session = new Session(loaded, store, health);
    requestAnimationFrame(() => {
      debug.firstFrameMs ??= performance.now();
    });
    debug.error = null;
    showOverlay(null);
  } catch (error) {
    const message = (error as Error).message;
    debug.error = message;
    const [first, ...rest] = message.split('\n');
    showOverlay('error', 'Could not open the graph', [first, ...rest].join('\n'));
    console.error(error);
  }
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

const initialUrl = store.get().graph ?? DEFAULT_GRAPH_URL;
void open(() => loadGraphFromUrl(initialUrl), initialUrl);
