/**
 * `<site-search>`: enhances the search form with Pagefind's static index (built into `dist/pagefind/` after the
 * site). Loads the index only when the reader focuses the box, and keeps the query in the URL (`?q=`).
 */
import {latestCall} from '../lib/latest-call.ts';

interface PagefindResult {
  data(): Promise<{url: string; excerpt: string; meta: {title?: string}}>;
}
interface Pagefind {
  search(query: string): Promise<{results: PagefindResult[]}>;
}

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #latest = latestCall();

  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = this.querySelector('input')!;
    for (const control of this.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button')) {
      control.disabled = false;
    }
    input.addEventListener('focus', () => this.#load(), {once: true});
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#run(input.value);
    });
    input.addEventListener('input', () => void this.#run(input.value));
    const query = new URL(location.href).searchParams.get('q');
    if (query) {
      input.value = query;
      void this.#run(query);
    }
  }

  #load(): Promise<Pagefind> {
    // The index is generated after the build, so the bundler must not try to resolve it.
    const url = '/pagefind/pagefind.js';
    this.#pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
    return this.#pagefind;
  }

  async #run(query: string) {
    const isCurrent = this.#latest.begin();
    const status = this.querySelector('.status')!;
    const list = this.querySelector('.results')!;
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const pagefind = await this.#load();
    const {results} = await pagefind.search(query);
    const items = await Promise.all(results.slice(0, 10).map((r) => r.data()));
    // The reader has typed on since this query started: its results are stale.
    if (!isCurrent()) return;
    list.replaceChildren(
      ...items.map((item) => {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.href = item.url;
        link.textContent = item.meta.title ?? item.url;
        const excerpt = document.createElement('p');
        // Pagefind's excerpt is escaped text with <mark> around the matches.
        excerpt.innerHTML = item.excerpt;
        li.append(link, excerpt);
        return li;
      })
    );
    status.textContent = `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${query.trim()}”`;
  }
}

customElements.define('site-search', SiteSearch);
