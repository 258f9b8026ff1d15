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
import { mountSidebarToggle } from './ui/sidebar-toggle.js';

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

/**
 * The stage's message layer: `loading` and `error` cover the stage when there is no graph; `notice`
 * (an error while a good graph stays open) is a dismissable banner over it. Errors are `role=alert`.
 */
function showOverlay(kind: 'loading' | 'error' | 'notice' | null, message = '', detail = ''): void {
  const overlay = byId('overlay');
  overlay.hidden = kind === null;
  overlay.className = `overlay ${kind ?? ''}`;
  if (kind === 'error' || kind === 'notice') overlay.setAttribute('role', 'alert');
  else overlay.removeAttribute('role');
  const dismiss = el('button', { type: 'button', className: 'dismiss' }, 'Dismiss');
  dismiss.addEventListener('click', () => showOverlay(null));
  overlay.replaceChildren(
    el('div', { id: 'overlay-message' }, message),
    detail ? el('pre', {}, detail) : '',
    kind === 'notice' ? dismiss : '',
  );
}

const setTitle = (text: string) => (byId('graph-title').textContent = text);

/**
 * A graph could not be opened. A good graph on screen stays (the error is a banner over it); with none
 * the error covers the stage and the title says what failed.
 */
function fail(error: unknown, label: string): void {
  debug.error = (error as Error).message;
  console.warn(error);
  if (debug.session) {
    showOverlay('notice', `Could not open ${label}; the current graph stays open.`, debug.error);
    return;
  }
  showOverlay('error', `Could not open ${label}`, debug.error);
  setTitle(`${label} · could not be opened`);
}

let opening = 0;

async function open(load: () => Promise<LoadedGraph>, label: string): Promise<void> {
  const attempt = ++opening;
  const replacing = debug.session !== null;
  if (!replacing) {
    showOverlay('loading', `Loading ${label}…`);
    setTitle(`Loading ${label}…`);
  }
  debug.firstFrameMs = debug.validatedMs = null;
  debug.error = null;
  let loaded: LoadedGraph;
  let health: Awaited<typeof healthPromise>;
  try {
    [loaded, health] = await Promise.all([load(), healthPromise]);
    // Over a good graph a large file is checked before the good one is dropped.
    if (replacing) await loaded.validate();
  } catch (error) {
    return fail(error, label);
  }
  try {
    debug.session?.destroy();
    debug.session = null;
    debug.session = new Session(loaded, store, health);
  } catch (error) {
    // A file that breaks the build is reported with the schema's message when there is one.
    await loaded.validate().then(
      () => fail(error, label),
      (invalid: unknown) => fail(invalid, label),
    );
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
      if (attempt !== opening) return;
      // The file turned out invalid after it was drawn: drop it.
      debug.session?.destroy();
      debug.session = null;
      fail(error, label);
    },
  );
}

function openFile(file: File): void {
  void open(async () => {
    const loaded = await loadGraphFromFile(file);
    // Only a file that loaded replaces the view state of the graph on screen.
    store.update({ graph: null, selection: null, camera: null });
    return loaded;
  }, file.name);
}

byId('open-button').addEventListener('click', () => fileInput.click());
mountSidebarToggle(byId('sidebar-toggle'), document.querySelector<HTMLElement>('.workspace')!);

// Nothing unexpected reaches the user as a broken page: it is said in the stage and logged.
window.addEventListener('error', (event) => {
  showOverlay('notice', 'Something went wrong in the viewer', String(event.message));
});
window.addEventListener('unhandledrejection', (event) => {
  showOverlay('notice', 'Something went wrong in the viewer', String(event.reason));
});

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
