/**
 * The body of a story or a profile in the admin: the MDX text as it is in the file (a plain text box, so
 * nothing is escaped or rewritten on save), and above it a picker that inserts the site's components
 * (<Figure of="…" />, <Fact>, <Chart>, <DatasetTable>, <ModelCard>, <General>) where the cursor is, in the
 * middle of a sentence if need be. Decap's own Markdown editor cannot do that: its "+" menu is disabled in
 * raw mode, and its rich mode moves a component out of its sentence and rewrites the Markdown.
 */

export interface Option {
  label: string;
  value: string;
}

/** One kind of component the picker inserts. */
export interface BodyComponent {
  name: string;
  label: string;
  /** What to choose from (ids that exist); none for <General>. */
  options: Option[];
  /** The text inserted for the chosen id. */
  text: (of: string) => string;
}

const attr = (value: string) => value.replace(/"/g, '&quot;');

/** The components the body's picker offers, with the lists of ids from content/ (the admin config's `dvk`). */
export function bodyComponents(lists: Record<string, Option[] | undefined>): BodyComponent[] {
  const of = (name: string) => (id: string) => `<${name} of="${attr(id)}" />`;
  return [
    { name: 'Figure', label: 'Số liệu trong câu (Figure)', options: lists.figure ?? [], text: of('Figure') },
    { name: 'Fact', label: 'Số liệu nổi bật (Fact)', options: lists.figure ?? [], text: of('Fact') },
    { name: 'Chart', label: 'Biểu đồ (Chart)', options: lists.dataset ?? [], text: of('Chart') },
    { name: 'DatasetTable', label: 'Bảng số liệu (DatasetTable)', options: lists.dataset ?? [], text: of('DatasetTable') },
    { name: 'ModelCard', label: 'Thẻ mô hình (ModelCard)', options: lists.model ?? [], text: of('ModelCard') },
    {
      name: 'General',
      label: 'Kiến thức chung (General)',
      options: [],
      text: () => '<General>\nKiến thức phổ thông, không lấy từ nguồn.\n</General>',
    },
  ];
}

/** `text` with `insert` put in place of the selection [start, end). */
export function insertAt(text: string, start: number, end: number, insert: string): { text: string; caret: number } {
  return { text: `${text.slice(0, start)}${insert}${text.slice(end)}`, caret: start + insert.length };
}

type H = (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
interface ControlProps {
  value?: string;
  onChange: (value: string) => void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle?: () => void;
  setInactiveStyle?: () => void;
}
interface Control {
  props: ControlProps;
  state: { kind: string; of: string };
  setState(state: Partial<Control['state']>): void;
  box?: HTMLTextAreaElement | null;
}

/** The control, made with Decap's own React (window.h and window.createClass). */
export function bodyControl(h: H, createClass: (spec: Record<string, unknown>) => unknown, components: BodyComponent[]) {
  const byName = new Map(components.map((c) => [c.name, c]));
  const row = { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center', margin: '0 0 8px' };
  const select = {
    padding: '6px 8px',
    border: '2px solid #dfdfe3',
    borderRadius: '5px',
    background: '#fff',
    maxWidth: '100%',
    font: 'inherit',
  };
  return createClass({
    getInitialState(): Control['state'] {
      return { kind: 'Figure', of: '' };
    },
    insert(this: Control) {
      const component = byName.get(this.state.kind);
      if (!component || (component.options.length > 0 && !this.state.of)) return;
      const value = this.props.value ?? '';
      const box = this.box;
      const start = box ? box.selectionStart : value.length;
      const end = box ? box.selectionEnd : value.length;
      const { text, caret } = insertAt(value, start, end, component.text(this.state.of));
      this.props.onChange(text);
      // Back to the text, the cursor just after what was inserted.
      requestAnimationFrame(() => {
        box?.focus();
        box?.setSelectionRange(caret, caret);
      });
    },
    render(this: Control & { insert: () => void }) {
      const component = byName.get(this.state.kind);
      const options = component?.options ?? [];
      return h(
        'div',
        null,
        h(
          'div',
          { style: row, role: 'group', 'aria-label': 'Chèn số liệu, biểu đồ, thẻ mô hình vào chỗ con trỏ' },
          h(
            'select',
            {
              'aria-label': 'Loại thành phần',
              style: select,
              value: this.state.kind,
              onChange: (e: { target: { value: string } }) => this.setState({ kind: e.target.value, of: '' }),
            },
            ...components.map((c) => h('option', { key: c.name, value: c.name }, c.label)),
          ),
          options.length > 0 &&
            h(
              'select',
              {
                'aria-label': 'Chọn mục cần chèn',
                style: { ...select, flex: '1 1 20rem' },
                value: this.state.of,
                onChange: (e: { target: { value: string } }) => this.setState({ of: e.target.value }),
              },
              h('option', { value: '' }, '— Chọn —'),
              ...options.map((o) => h('option', { key: o.value, value: o.value }, o.label)),
            ),
          h(
            'button',
            {
              type: 'button',
              style: {
                padding: '6px 12px',
                border: 0,
                borderRadius: '5px',
                background: '#3a69c7',
                color: '#fff',
                font: 'inherit',
                cursor: 'pointer',
              },
              onClick: () => this.insert(),
            },
            'Chèn vào chỗ con trỏ',
          ),
        ),
        h('textarea', {
          id: this.props.forID,
          className: this.props.classNameWrapper,
          style: { minHeight: '24rem', fontFamily: 'ui-monospace, monospace', fontSize: '15px', lineHeight: 1.5, whiteSpace: 'pre-wrap' },
          value: this.props.value ?? '',
          ref: (el: HTMLTextAreaElement | null) => (this.box = el),
          onChange: (e: { target: { value: string } }) => this.props.onChange(e.target.value),
          onFocus: this.props.setActiveStyle,
          onBlur: this.props.setInactiveStyle,
        }),
      );
    },
  });
}
