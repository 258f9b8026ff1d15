/** Export buttons: PNG of the view, the filtered graph as trama JSON and as GEXF. */
import { el } from '../ui/dom.js';

export interface ExportActions {
  png(): Promise<void>;
  json(): Promise<void>;
  gexf(): Promise<void>;
}

export function renderExportControls(container: HTMLElement, actions: ExportActions): void {
  const status = el('p', { className: 'hint', id: 'export-status' });
  const button = (id: string, label: string, run: () => Promise<void>) => {
    const b = el('button', { id }, label);
    b.addEventListener('click', () => {
      status.textContent = '';
      run().catch((error: unknown) => {
        status.textContent = `Export failed: ${(error as Error).message}`;
      });
    });
    return b;
  };
  container.replaceChildren(
    el(
      'div',
      { className: 'row' },
      button('export-png', 'PNG', actions.png),
      button('export-json', 'trama JSON', actions.json),
      button('export-gexf', 'GEXF', actions.gexf),
    ),
    el(
      'p',
      { className: 'hint' },
      'JSON and GEXF contain what the filters show, with current positions.',
    ),
    status,
  );
}
