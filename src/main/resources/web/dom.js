// Small helpers for building the page's controls.

export const $ = id => document.getElementById(id);

/** A button whose visible text is completed, for screen readers, by a hidden part (e.g. the voice it acts on). */
export function button(text, hidden, onClick, className = 'small secondary') {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.append(text);
  if (hidden) {
    const span = document.createElement('span');
    span.className = 'visually-hidden';
    span.textContent = ` ${hidden}`;
    b.append(span);
  }
  b.addEventListener('click', onClick);
  return b;
}
