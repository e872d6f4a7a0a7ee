/**
 * <dvk-copy>: one-click copying for citations and figure permalinks.
 * - `button[data-copy="<id>"]` copies the text of the element with that id (shown, selectable, without JS).
 * - `a[data-copy-link]` copies its absolute address when followed (the browser still jumps to the figure).
 * - `[data-today]` gets today's date (dd/mm/yyyy), for "truy cập ngày …".
 * The clipboard API is used where the page is allowed it; otherwise the text is selected for Ctrl+C.
 * Served from another address than SITE_URL (a local preview), the citations show and copy that address.
 */
import { copyOrSelect, servedAddress } from './clipboard.ts';

const today = () => new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());

/** Copies `text`; where the clipboard is refused, selects `fallback`'s text for Ctrl+C. */
function copyText(text: string, fallback: Element | null): Promise<boolean> {
  return copyOrSelect(text, () => {
    if (!fallback) return;
    const range = document.createRange();
    range.selectNodeContents(fallback);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  });
}

class DvkCopy extends HTMLElement {
  connectedCallback() {
    for (const slot of this.querySelectorAll<HTMLElement>('[data-today]')) slot.textContent = today();
    const status = this.querySelector<HTMLElement>('[data-copy-status]');
    const say = (copied: boolean) => {
      if (!status) return;
      status.textContent = copied ? (this.dataset['copied'] ?? '') : (this.dataset['selected'] ?? '');
    };
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      const target = document.getElementById(button.dataset['copy'] ?? '');
      const walker = target && document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
      while (walker?.nextNode()) walker.currentNode.textContent = servedAddress(walker.currentNode.textContent ?? '');
      button.hidden = false;
      button.addEventListener('click', () => {
        const target = document.getElementById(button.dataset['copy'] ?? '');
        if (target) void copyText(target.textContent?.replace(/\s+/g, ' ').trim() ?? '', target).then(say);
      });
    }
    this.addEventListener('click', (event) => {
      const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
      if (link) void copyText(link.href, null).then((copied) => copied && say(true));
    });
  }
}

if (!customElements.get('dvk-copy')) customElements.define('dvk-copy', DvkCopy);
