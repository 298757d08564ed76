// Small DOM helpers: every text goes in as text, never as HTML.

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) return;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  });
  children.flat(Infinity).forEach((child) => {
    if (child === undefined || child === null) return;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return node;
}

export function replace(node, ...children) {
  node.replaceChildren(...children.flat(Infinity).filter((c) => c !== undefined && c !== null));
}

export const yen = (amount) => (amount === null || amount === undefined ? '–' : `¥${Number(amount).toLocaleString('ja-JP')}`);

export function date(iso) {
  if (!iso) return '–';
  const d = new Date(iso);
  return d.toLocaleString('ja-JP', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}

export function failure(error) {
  return el('div', { class: 'alert alert-danger' }, `The portfolio could not be loaded: ${error.message}`);
}
