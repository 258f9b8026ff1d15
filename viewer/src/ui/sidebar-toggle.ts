/**
 * The ☰ button that folds the controls sidebar. Wide windows open with it unfolded; narrow ones (where
 * it would squeeze the canvas) with it folded, and unfolded it floats over the canvas.
 */
export const NARROW_WIDTH = 900;

export function mountSidebarToggle(button: HTMLElement, workspace: HTMLElement): void {
  const set = (open: boolean) => {
    workspace.classList.toggle('sidebar-closed', !open);
    button.setAttribute('aria-expanded', String(open));
  };
  set(window.innerWidth >= NARROW_WIDTH);
  button.addEventListener('click', () => set(workspace.classList.contains('sidebar-closed')));
}
