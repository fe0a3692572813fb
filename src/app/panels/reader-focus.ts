/**
 * Focus for the document reader: opening it moves focus into its text; closing it gives focus
 * back to what opened it (the same button, found again by `data-opens` when the panel that held
 * it was drawn anew), or else to the panel. Focus the user has moved elsewhere is left there.
 */

/** The `data-opens` value of a control that opens document `id` at mention `focus`. */
export function opensKey(id: string, focus: number): string {
  return `${id}#${focus}`;
}

const FOCUSABLE = "button:not([disabled]), a[href], input, select, textarea, [tabindex]";

function inside(el: Element): boolean {
  const active = document.activeElement;
  return !active || active === document.body || el.contains(active);
}

/**
 * An attachment for the reader: its `[data-reader-focus]` elements take focus when it opens
 * (the first there is: its text, else its title); `key` is the opened document and mention,
 * to find the opener again on closing.
 */
export function readerFocus(key: string): (el: HTMLElement) => () => void {
  return (el) => {
    const active = document.activeElement;
    const opener =
      active instanceof HTMLElement && active !== document.body && !el.contains(active)
        ? active
        : null;
    const panel = el.closest<HTMLElement>("aside") ?? el.parentElement;
    el.querySelector<HTMLElement>("[data-reader-focus]")?.focus({ preventScroll: true });
    return () => {
      if (!inside(el)) return;
      // Restored once the panel the reader covered is drawn again.
      setTimeout(() => {
        if (document.activeElement && document.activeElement !== document.body) return;
        const again = Array.from(document.querySelectorAll<HTMLElement>("[data-opens]")).find(
          (b) => b.dataset.opens === key,
        );
        const fallback = panel?.isConnected
          ? panel.querySelector<HTMLElement>(FOCUSABLE)
          : document.querySelector<HTMLElement>("[data-testid=graph] [tabindex]");
        const to = opener?.isConnected ? opener : (again ?? fallback);
        to?.focus();
      }, 0);
    };
  };
}
