import {
  SEARCH_FILTERS,
  exactNameHit,
  isActive,
  withDirectHitFirst,
  parseSearchParams,
  toPagefindOptions,
  toSearchParams,
  type SearchState,
} from '../lib/search-options.ts';
import { safeExcerpt } from '../lib/safe-excerpt.ts';
import { normalizeName } from '../lib/normalize-name.ts';
import { fillPlaceholders } from '../i18n/fill-placeholders.ts';

type PagefindResultData = { url: string; excerpt: string; meta: Record<string, string | undefined> };
type Pagefind = {
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (
    query: string | null,
    options: { filters: Record<string, string>; sort?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[] } | null>;
};
type PagefindResult = { id: string; data: () => Promise<PagefindResultData> };

const PAGE_SIZE = 30;

/** Wires the search form to Pagefind: loads the index on first use, keeps the URL in step with the form. */
export async function runSearchPage() {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!form || !status || !list) return;
  const messages = JSON.parse(form.dataset.messages ?? '{}') as Record<string, string>;
  const input = form.querySelector<HTMLInputElement>('#q')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('#sort')!;
  const selects = new Map(SEARCH_FILTERS.map((f) => [f, form.querySelector<HTMLSelectElement>(`[data-filter="${f}"]`)!]));

  status.textContent = messages.loading ?? '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pagefind: Pagefind;
  let names: Record<string, string>;
  try {
    const url = '/pagefind/pagefind.js';
    [pagefind, names] = await Promise.all([
      import(/* @vite-ignore */ url) as Promise<Pagefind>,
      fetch('/search/names.json').then((r) => r.json() as Promise<Record<string, string>>),
    ]);
    await pagefind.init();
  } catch {
    status.textContent = messages.error ?? '';
    return;
  }

  // Fill the filter menus from the index itself, so they offer exactly the values that exist.
  try {
    const available = await pagefind.filters();
    for (const [key, select] of selects) {
      const values = Object.entries(available[key] ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'));
      for (const [value, count] of values) select.add(new Option(`${value} (${count})`, value));
    }
  } catch {
    status.textContent = messages.error ?? '';
    return;
  }

  const initial = parseSearchParams(new URLSearchParams(location.search));
  // Keep what a person typed while the index was loading.
  if (initial.query || !input.value) input.value = initial.query;
  sortSelect.value = initial.sort;
  for (const [key, select] of selects) select.value = initial.filters[key] ?? '';

  const readForm = (): SearchState => parseSearchParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

  // `generation` marks the newest request; older searches still in flight drop their results.
  let generation = 0;
  const runOnce = async () => {
    const state = readForm();
    const query = toSearchParams(state).toString();
    // The same search as the one on screen (Enter after the debounced search ran): nothing to do.
    if (form.dataset.shown === query && form.dataset.state === 'done') return;
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    const mine = ++generation;
    form.dataset.state = 'busy';
    list.setAttribute('aria-busy', 'true');
    try {
      if (!isActive(state)) {
        status.textContent = '';
        list.replaceChildren();
      } else {
        const options = toPagefindOptions(state);
        const slug = exactNameHit(names, normalizeName(state.query));
        const [search, direct] = await Promise.all([
          pagefind.search(state.query || null, options),
          // The entry the query names exactly, still subject to the chosen filters.
          slug ? pagefind.search(null, { ...options, filters: { ...options.filters, id: slug } }) : null,
        ]);
        if (mine !== generation) return;
        const results = withDirectHitFirst(search?.results ?? [], direct?.results[0]);
        list.replaceChildren();
        await showMore(results, 0, mine);
        if (mine !== generation) return;
        // The status is announced last, once the results it counts are on the page.
        status.textContent = results.length === 0 ? messages.none! : fillPlaceholders(messages.results!, { count: results.length });
      }
      form.dataset.shown = query;
      form.dataset.state = 'done';
    } catch {
      if (mine !== generation) return;
      list.replaceChildren();
      status.textContent = messages.error ?? '';
      form.dataset.shown = query;
      form.dataset.state = 'error';
    } finally {
      if (mine === generation) list.removeAttribute('aria-busy');
    }
  };

  // One search at a time: input that arrives while one runs is kept, and only the latest runs next.
  // Pagefind's worker answers in order, so superseded queries are never sent rather than cancelled.
  let running: Promise<void> | undefined;
  let pending = false;
  const run = () => {
    clearTimeout(timer);
    if (running) {
      pending = true;
      return running;
    }
    running = (async () => {
      do {
        pending = false;
        await runOnce();
      } while (pending);
      running = undefined;
    })();
    return running;
  };

  const showMore = async (results: PagefindResult[], from: number, mine: number) => {
    const page = await Promise.all(results.slice(from, from + PAGE_SIZE).map((r) => r.data()));
    if (mine !== generation) return;
    list.querySelector('[data-more]')?.remove();
    for (const data of page) list.append(renderResult(data));
    if (from + PAGE_SIZE < results.length) {
      const li = document.createElement('li');
      li.dataset.more = '';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'rounded-md border border-slate-400 px-3 py-1 text-sm';
      button.textContent = fillPlaceholders(messages.more!, { shown: from + PAGE_SIZE, total: results.length });
      button.addEventListener('click', () => showMore(results, from + PAGE_SIZE, mine));
      li.append(button);
      list.append(li);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  form.addEventListener('change', () => void run());
  // Enter runs the search now and cancels the debounced one, so it never runs twice.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  await run();
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'rounded-lg border border-slate-200 p-4 dark:border-slate-800';
  const link = document.createElement('a');
  link.href = data.url;
  link.className = 'text-lg font-semibold';
  link.textContent = data.meta.title ?? data.url;
  const facts = document.createElement('p');
  facts.className = 'text-sm text-slate-600 dark:text-slate-400';
  facts.textContent = [data.meta.organization, data.meta.parameters, data.meta.released].filter(Boolean).join(' · ');
  const summary = document.createElement('p');
  summary.className = 'mt-1';
  summary.textContent = data.meta.summary ?? '';
  const excerpt = document.createElement('p');
  excerpt.className = 'mt-1 text-sm text-slate-700 dark:text-slate-300';
  excerpt.innerHTML = safeExcerpt(data.excerpt);
  li.append(link, facts, summary, excerpt);
  return li;
}
