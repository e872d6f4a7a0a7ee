import { describe, expect, it } from 'vitest';
import { bodyComponents, insertAt } from './body-widget.ts';

describe('the body’s component picker', () => {
  it('inserts a component where the cursor is, in the middle of a sentence, the cursor after it', () => {
    const text = 'Có  hộ tham gia.';
    const [figure] = bodyComponents({ figure: [{ label: 'Số hộ', value: 'bo-so-lieu#so-ho' }] });
    expect(insertAt(text, 3, 3, figure!.text('bo-so-lieu#so-ho'))).toEqual({
      text: 'Có <Figure of="bo-so-lieu#so-ho" /> hộ tham gia.',
      caret: 3 + '<Figure of="bo-so-lieu#so-ho" />'.length,
    });
    // A selection is replaced.
    expect(insertAt('a xyz b', 2, 5, '<Fact of="d#o" />').text).toBe('a <Fact of="d#o" /> b');
  });

  it('offers each component with the lists of ids it can point at, and quotes an id safely', () => {
    const lists = { figure: [{ label: 'f', value: 'd#o' }], dataset: [{ label: 'd', value: 'd' }], model: [{ label: 'm', value: 'm' }] };
    const byName = new Map(bodyComponents(lists).map((c) => [c.name, c]));
    expect([...byName.keys()]).toEqual(['Figure', 'Fact', 'Chart', 'DatasetTable', 'ModelCard', 'General']);
    expect(byName.get('Chart')?.options).toEqual(lists.dataset);
    expect(byName.get('ModelCard')?.text('m')).toBe('<ModelCard of="m" />');
    expect(byName.get('Figure')?.text('a"b')).toBe('<Figure of="a&quot;b" />');
    expect(byName.get('General')?.text('')).toMatch(/^<General>\n[^<]+\n<\/General>$/);
  });
});
