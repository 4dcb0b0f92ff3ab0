import { type ReactNode, useEffect, useRef } from "react";

/**
 * A side panel over the view (an incident, a report): a modal <dialog>, so focus stays inside it, Escape
 * closes it and focus returns to what opened it.
 */
export function Drawer({ title, open, onClose, children }: { title: string; open: boolean; onClose(): void; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="drawer" aria-labelledby="drawer-title" onClose={onClose} onCancel={onClose}>
      <header className="drawer-header">
        <h2 id="drawer-title">{title}</h2>
        <button type="button" onClick={onClose} aria-label="Close">
          Close
        </button>
      </header>
      <div className="drawer-body">{open ? children : null}</div>
    </dialog>
  );
}
