/**
 * <dvk-filter>: shows its (initially hidden) form of <select>s and hides the table rows that do not
 * match. A row matches a choice when the choice is among the space-separated ids in its data-<name>
 * attribute, where <name> comes from the select's data-key or the ROW_KEYS map. The choice is kept in
 * the address (?dia-phuong=…&linh-vuc=…&nam=…), so a filtered list can be shared.
 */
const ROW_KEYS: Record<string, string> = { 'dia-phuong': 'places', 'linh-vuc': 'fields', nam: 'years' };

class DvkFilter extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    if (!form) return;
    const params = new URLSearchParams(location.search);
    for (const select of form.querySelectorAll('select')) {
      const wanted = params.get(select.name);
      if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
    }
    form.hidden = false;
    form.addEventListener('change', () => this.#apply(form, true));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#apply(form, true);
    });
    this.#apply(form, false);
  }

  #apply(form: HTMLFormElement, remember: boolean) {
    const choices = [...form.querySelectorAll('select')].filter((s) => s.value).map((s) => [s.name, s.value] as const);
    const rows = [...this.querySelectorAll<HTMLTableRowElement>('tbody tr')];
    let shown = 0;
    for (const row of rows) {
      const match = choices.every(([name, value]) => (row.dataset[ROW_KEYS[name] ?? name] ?? '').split(' ').includes(value));
      row.hidden = !match;
      if (match) shown++;
    }
    const count = this.querySelector('[data-filter-count]');
    if (count)
      count.textContent = (this.dataset['countTemplate'] ?? '{n}/{total}')
        .replace('{n}', String(shown))
        .replace('{total}', String(rows.length));
    if (remember) {
      const url = new URL(location.href);
      for (const select of form.querySelectorAll('select')) {
        if (select.value) url.searchParams.set(select.name, select.value);
        else url.searchParams.delete(select.name);
      }
      history.replaceState(null, '', url);
    }
  }
}

if (!customElements.get('dvk-filter')) customElements.define('dvk-filter', DvkFilter);
