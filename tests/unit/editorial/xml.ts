/**
 * A small strict XML reader for tests: throws on unbalanced or crossed tags, unquoted attributes, bare `&` or
 * `<` in text; returns the text (CDATA included) of each element, in document order.
 */
export function readXml(xml: string): { name: string; text: string }[] {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const token = /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  const stack: { name: string; text: string }[] = [];
  const out: { name: string; text: string }[] = [];
  let roots = 0;
  for (const m of body.matchAll(token)) {
    const [, cdata, close, name, , selfClose, text, stray] = m;
    if (stray) throw new Error(`Not well-formed at ${m.index}: "${body.slice(m.index, m.index + 30)}"`);
    if (text !== undefined) {
      if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/i.test(text)) throw new Error(`Bare & at ${m.index}`);
      if (stack.length === 0 && text.trim()) throw new Error('Text outside the root element');
      if (stack.length) stack[stack.length - 1]!.text += text;
    } else if (cdata !== undefined) {
      if (stack.length) stack[stack.length - 1]!.text += cdata;
    } else if (name) {
      if (close) {
        const open = stack.pop();
        if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
      } else {
        if (stack.length === 0 && ++roots > 1) throw new Error('More than one root element');
        const el = { name, text: '' };
        out.push(el);
        if (!selfClose) stack.push(el);
      }
    }
  }
  if (stack.length) throw new Error(`Unclosed <${stack.at(-1)!.name}>`);
  return out;
}
