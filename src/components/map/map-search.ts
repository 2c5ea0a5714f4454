/**
 * The "Where do you live?" combobox: an input with a listbox of matching municipalities (ARIA 1.2 combobox with
 * aria-activedescendant). Matching is accent-insensitive and covers Sámi and Kven parallel names
 * (src/lib/map/search.ts).
 */
import {searchIndex, searchNames} from '../../lib/map/search.ts';

/**
 * Wires the combobox inside `root` (an input[role=combobox] and a ul[role=listbox]).
 * @param names municipality names, in payload order
 * @param hints text after each name in the list, e.g. its police district
 * @param onPick called with the picked municipality's index
 */
export function wireSearch(
  root: HTMLElement,
  names: readonly string[],
  hints: readonly string[],
  onPick: (index: number) => void
): void {
  const input = root.querySelector('input')!;
  const list = root.querySelector('ul')!;
  const index = searchIndex(names);
  let matches: number[] = [];
  let active = -1;
  const open = (on: boolean) => {
    list.hidden = !on;
    input.setAttribute('aria-expanded', String(on));
    if (!on) input.removeAttribute('aria-activedescendant');
  };
  const mark = (k: number) => {
    active = k;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === k)));
    const li = list.children[k];
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({block: 'nearest'});
    } else input.removeAttribute('aria-activedescendant');
  };
  const pick = (k: number) => {
    const m = matches[k];
    if (m === undefined) return;
    input.value = names[m]!;
    open(false);
    onPick(m);
  };
  input.addEventListener('input', () => {
    matches = searchNames(index, input.value, 8);
    list.replaceChildren(
      ...matches.map((m, k) => {
        const li = document.createElement('li');
        li.id = `${list.id}-${k}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.textContent = names[m]!;
        const hint = document.createElement('span');
        hint.textContent = ` · ${hints[m]}`;
        li.append(hint);
        // mousedown, not click: keeps focus in the input so the list does not close first.
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          pick(k);
        });
        return li;
      })
    );
    if (!matches.length && input.value.trim()) {
      const li = document.createElement('li');
      li.className = 'dm-nomatch';
      li.textContent = 'No municipality matches';
      list.append(li);
    }
    open(input.value.trim() !== '');
    active = -1;
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden && matches.length) open(true);
      const n = matches.length;
      if (n) mark(e.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n);
    } else if (e.key === 'Enter') {
      if (!list.hidden && matches.length) {
        e.preventDefault();
        pick(active >= 0 ? active : 0);
      }
    } else if (e.key === 'Escape' && !list.hidden) {
      e.preventDefault();
      e.stopPropagation();
      open(false);
    }
  });
  input.addEventListener('blur', () => open(false));
}
