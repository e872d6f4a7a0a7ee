/**
 * <dvk-search>: the search page's form, made live. It reads ?q= and the filters from the URL on
 * load, searches as the reader types, keeps the URL in step (so every search can be shared), and
 * loads Pagefind (pagefind.js, its WebAssembly and the index chunks the words need) with import()
 * only when there is something to search. Without JavaScript the same form still submits, and the
 * page shows its <noscript> message and the browse links.
 */
import { ui } from '../../i18n/vi.ts';
import { configure, search, type Hit, type Pagefind, type SearchRequest } from '../../lib/search/engine.ts';
import { excerptParts, highlight, type TextPart } from '../../lib/search/text.ts';

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 250;
const PAGEFIND_URL = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;

let pagefind: Promise<Pagefind> | undefined;
/** pagefind.js exists only in the built site, so it is imported by URL, at run time, once. */
function loadPagefind(): Promise<Pagefind> {
  return (pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    await configure(module);
    return module;
  })());
}

function appendParts(parent: HTMLElement, parts: TextPart[]) {
  for (const part of parts) {
    if (!part.mark) parent.append(part.text);
    else parent.appendChild(document.createElement('mark')).textContent = part.text;
  }
}

class SearchElement extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #near!: HTMLElement;
  #nearList!: HTMLOListElement;
  #results!: HTMLElement;
  #hits: Hit[] = [];
  #terms: string[] = [];
  #shown = 0;
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#input = this.#form.querySelector('input[name="q"]')!;
    this.#results = this.querySelector('[data-results]')!;
    this.#status = this.querySelector('[data-status]')!;
    this.#list = this.querySelector('[data-list]')!;
    this.#more = this.querySelector('[data-more]')!;
    this.#near = this.querySelector('[data-near]')!;
    this.#nearList = this.querySelector('[data-near-list]')!;

    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search('push');
    });
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#search('replace', true), TYPING_PAUSE_MS);
    });
    // Start fetching Pagefind while the reader is still typing.
    this.#input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
    this.#form.addEventListener('change', (event) => {
      if (event.target instanceof HTMLSelectElement) void this.#search('replace');
    });
    this.#more.addEventListener('click', () => void this.#showMore(true));
    window.addEventListener('popstate', () => {
      this.#readUrl();
      void this.#search('none');
    });

    this.#readUrl();
    // Show the filters when the address already sets one.
    const filters = this.querySelector<HTMLDetailsElement>('[data-filters]');
    if (filters && [...this.#form.querySelectorAll('select')].some((select) => select.value)) filters.open = true;
    void this.#search('none');
  }

  /** Fills the form from the address bar. */
  #readUrl() {
    const params = new URL(location.href).searchParams;
    for (const element of this.#form.elements) {
      if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) element.value = params.get(element.name) ?? '';
    }
  }

  /** The form as a search request: Pagefind filter values come from the chosen options' labels. */
  #request(typing = false): SearchRequest {
    const filters: Record<string, string> = {};
    for (const select of this.#form.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
      const label = select.selectedOptions[0]?.dataset.label;
      if (label) filters[select.dataset.filter!] = label;
    }
    const sort = this.#form.querySelector<HTMLSelectElement>('select[name="sap-xep"]');
    // While typing, the last word may be unfinished; a submitted or linked query is taken as complete.
    const unfinished = typing && !/\s$/.test(this.#input.value);
    return { query: this.#input.value.trim(), filters, newest: sort?.value === 'moi-nhat', typing: unfinished };
  }

  #writeUrl(mode: 'push' | 'replace' | 'none') {
    if (mode === 'none') return;
    const url = new URL(this.#form.action);
    for (const [name, value] of new FormData(this.#form))
      if (typeof value === 'string' && value.trim()) url.searchParams.set(name, value.trim());
    if (url.href === location.href) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  async #search(mode: 'push' | 'replace' | 'none', typing = false) {
    const run = ++this.#run;
    const request = this.#request(typing);
    this.#writeUrl(mode);
    const browsing = Object.keys(request.filters ?? {}).length > 0;
    if (!request.query && !browsing) {
      this.#results.hidden = true;
      this.#toggleBrowse(true);
      this.dataset.state = 'idle';
      return;
    }
    this.dataset.state = 'loading';
    this.#results.hidden = false;
    this.#results.setAttribute('aria-busy', 'true');
    try {
      const found = await search(await loadPagefind(), request);
      if (run !== this.#run) return;
      this.#hits = found.hits;
      this.#terms = found.terms;
      this.#shown = 0;
      this.#list.replaceChildren();
      await this.#showMore(false);
      const near = await Promise.all(found.near.map(async (hit) => this.#item(await hit.data())));
      if (run !== this.#run) return;
      this.#nearList.replaceChildren(...near);
      this.#near.hidden = near.length === 0;
      const count = this.#hits.length;
      this.#status.textContent =
        count > 0
          ? ui.search.count(count, request.query)
          : `${near.length > 0 ? ui.search.noneWords(request.query) : ui.search.none(request.query)} ${ui.search.noneHint}`;
      this.#toggleBrowse(count === 0);
      this.dataset.state = 'done';
    } catch (error) {
      if (run !== this.#run) return;
      console.error(error);
      this.#status.textContent = ui.search.error;
      this.#toggleBrowse(true);
      this.dataset.state = 'error';
    } finally {
      if (run === this.#run) this.#results.removeAttribute('aria-busy');
    }
  }

  #toggleBrowse(visible: boolean) {
    const browse = document.querySelector<HTMLElement>('[data-browse]');
    if (browse) browse.hidden = !visible;
  }

  /** Renders the next page of results; `focus` moves the keyboard to the first new one. */
  async #showMore(focus: boolean) {
    const run = this.#run;
    const next = this.#hits.slice(this.#shown, this.#shown + PAGE_SIZE);
    const items = await Promise.all(next.map(async (hit) => this.#item(await hit.data())));
    if (run !== this.#run) return;
    this.#list.append(...items);
    this.#shown += next.length;
    this.#more.hidden = this.#shown >= this.#hits.length;
    if (focus) items[0]?.querySelector('a')?.focus();
  }

  #item(data: Awaited<ReturnType<Hit['data']>>): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'card';
    const heading = item.appendChild(document.createElement('h3'));
    heading.className = 'm-0 text-lg';
    const link = heading.appendChild(document.createElement('a'));
    link.href = data.url;
    appendParts(link, highlight(data.meta.title ?? data.url, this.#terms));
    const facts = [data.meta.type, data.meta.place, data.meta.when].filter(Boolean).join(' · ');
    if (facts) {
      const line = item.appendChild(document.createElement('p'));
      line.className = 'text-muted mt-1 text-sm';
      line.textContent = facts;
    }
    if (data.excerpt) {
      const excerpt = item.appendChild(document.createElement('p'));
      excerpt.className = 'mt-2 text-base';
      appendParts(excerpt, excerptParts(data.excerpt));
    }
    return item;
  }
}

export function defineSearchElement() {
  if (!customElements.get('dvk-search')) customElements.define('dvk-search', SearchElement);
}
