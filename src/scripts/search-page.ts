import { isActive, parseSearchParams, stateFilters, toPagefindOptions, toSearchParams, type SearchState } from '../lib/search-options.ts';
import { matchesFilters } from '../lib/search-facets.ts';
import { createNameLookup } from './name-lookup.ts';
import { safeExcerpt } from '../lib/safe-excerpt.ts';
import { fillPlaceholders } from '../i18n/fill-placeholders.ts';
import type { SearchCard } from '../data/search-card.ts';

type PagefindResultData = { url: string; excerpt: string; meta: Record<string, string | undefined> };
type PagefindResult = { id: string; url?: string; data: () => Promise<PagefindResultData> };
type Pagefind = {
  options: (options: { baseUrl: string }) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options: ReturnType<typeof toPagefindOptions>) => Promise<{ results: PagefindResult[] } | null>;
};

/**
 * Results shown at first, and per "show more". Each result is a fragment download, so the first page is kept short:
 * an exact-name or topic search then moves well under 200 KB with Pagefind's code included.
 */
const FIRST_PAGE = 6;
const PAGE_SIZE = 20;

/**
 * Wires the search form to Pagefind. An exact name is answered from one small shard of the name lookup, without
 * loading the index; Pagefind loads on the first real search. One search runs at a time and later input wins.
 */
export async function runSearchPage() {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const missing = document.querySelector<HTMLElement>('#search-missing');
  const propose = document.querySelector<HTMLAnchorElement>('#search-propose');
  if (!form || !status || !list || !missing || !propose) return;
  const messages = JSON.parse(form.dataset.messages ?? '{}') as Record<string, string>;
  const shards = Number(form.dataset.nameShards);
  const namesBase = form.dataset.namesBase ?? '/search/names/';
  const plural = new Intl.PluralRules(document.documentElement.lang);
  const input = form.querySelector<HTMLInputElement>('#q')!;
  const proposeBase = propose.href;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // Put the URL's state into the form, so a linked search shows its filters.
  const initial = parseSearchParams(new URLSearchParams(location.search));
  if (initial.query || !input.value) input.value = initial.query;
  for (const element of form.elements) {
    if (element instanceof HTMLInputElement && element.type === 'checkbox') {
      element.checked = (initial.filters[element.name as keyof SearchState['filters']] ?? []).includes(element.value);
    } else if (element instanceof HTMLSelectElement) {
      const name = element.name;
      const value = name === 'sort' ? initial.sort : String(initial.filters[name as 'organization']?.[0] ?? initial.ranges[name as 'params_min'] ?? '');
      // A value the menu does not list (menus show the most common only): offer it, named by its slug.
      if (value && name !== 'sort' && ![...element.options].some((o) => o.value === value)) element.add(new Option(value, value));
      element.value = value;
    }
  }
  if (form.querySelector('#more-filters input:checked, #more-filters select option:checked:not([value=""])')) {
    form.querySelector<HTMLDetailsElement>('#more-filters')!.open = true;
  }

  let pagefind: Promise<Pagefind> | undefined;
  const loadPagefind = () => {
    pagefind ??= (async () => {
      // Each language has its own index (scripts/build.ts): /pagefind/ for Chinese pages, /en/pagefind/ for English.
      // Its page URLs are site-absolute ("/en/models/x/"), so they are not to be prefixed with the bundle's folder.
      const url = `${form.dataset.pagefind ?? '/pagefind/'}pagefind.js`;
      const module = (await import(/* @vite-ignore */ url)) as Pagefind;
      await module.options({ baseUrl: '/' });
      await module.init();
      return module;
    })();
    return pagefind;
  };
  const lookupName = createNameLookup(namesBase, shards);

  const readForm = (): SearchState => parseSearchParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

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
    missing.hidden = true;
    try {
      if (!isActive(state)) {
        status.textContent = '';
        list.replaceChildren();
      } else {
        status.textContent = messages.loading ?? '';
        // The exact name first: one small shard, shown as soon as it arrives, if it passes the filters.
        const found = await lookupName(state.query);
        const hit = found && matchesFilters(found.card.facets, stateFilters(state)) ? found : undefined;
        if (mine !== generation) return;
        list.replaceChildren();
        if (hit) list.append(renderCard(hit.card, messages.exact!));
        const search = await (await loadPagefind()).search(state.query || null, toPagefindOptions(state));
        if (mine !== generation) return;
        const results = (search?.results ?? []).filter((r) => !hit || !r.url?.includes(`/models/${hit.slug}/`));
        const total = results.length + (hit ? 1 : 0);
        await showMore(results, 0, mine, total, Boolean(hit));
        if (mine !== generation) return;
        // The status is announced last, once the results it counts are on the page.
        const one = plural.select(total) === 'one';
        status.textContent = total === 0 ? messages.none! : fillPlaceholders((one ? messages.resultsOne : messages.results)!, { count: total });
        if (total === 0 && state.query) {
          propose.href = `${proposeBase}${encodeURIComponent(state.query)}`;
          missing.hidden = false;
        }
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

  /** Shows a page of results, each as soon as its own fragment arrives, in ranking order. */
  const showMore = async (results: PagefindResult[], from: number, mine: number, total: number, hasHit: boolean) => {
    list.querySelector('[data-more]')?.remove();
    const page = results.slice(from, from + (from === 0 ? FIRST_PAGE - (hasHit ? 1 : 0) : PAGE_SIZE));
    const slots = page.map(() => {
      const li = document.createElement('li');
      li.className = 'rounded-lg border border-slate-200 p-4 dark:border-slate-800';
      li.hidden = true;
      list.append(li);
      return li;
    });
    await Promise.all(
      page.map(async (result, i) => {
        const data = await result.data();
        if (mine !== generation) return;
        const { meta } = data;
        // Fragments that arrive within one frame are shown together: one layout instead of one per result.
        await inNextFrame(() => {
          fillResult(slots[i]!, { url: data.url, title: meta.title ?? data.url, facts: [meta.organization, meta.parameters, meta.released], summary: meta.summary ?? '', excerpt: data.excerpt });
          slots[i]!.hidden = false;
        });
      }),
    );
    if (mine !== generation) return;
    const shown = from + page.length + (hasHit ? 1 : 0);
    if (from + page.length < results.length) {
      const li = document.createElement('li');
      li.dataset.more = '';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'rounded-md border border-slate-400 px-3 py-1 text-sm';
      button.textContent = fillPlaceholders(messages.more!, { shown, total });
      button.addEventListener('click', () => showMore(results, from + page.length, mine, total, hasHit));
      li.append(button);
      list.append(li);
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

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) void run();
  });
  // Enter runs the search now and cancels the debounced one, so it never runs twice.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  await run();
}

let writes: (() => void)[] = [];
let flush: Promise<void> | undefined;
/** Queues a DOM write for the next animation frame, where every write queued meanwhile runs too. */
function inNextFrame(write: () => void): Promise<void> {
  writes.push(write);
  flush ??= new Promise((resolve) =>
    requestAnimationFrame(() => {
      const queued = writes;
      writes = [];
      flush = undefined;
      for (const w of queued) w();
      resolve();
    }),
  );
  return flush;
}

/** Fills a result item: the title link, its facts line, the summary and, for Pagefind results, the excerpt. */
function fillResult(li: HTMLLIElement, item: { url: string; title: string; facts: (string | undefined)[]; summary: string; excerpt?: string }) {
  const link = document.createElement('a');
  link.href = item.url;
  link.className = 'text-lg font-semibold';
  link.textContent = item.title;
  const facts = document.createElement('p');
  facts.className = 'text-sm text-slate-600 dark:text-slate-400';
  facts.textContent = item.facts.filter(Boolean).join(' · ');
  const summary = document.createElement('p');
  summary.className = 'mt-1';
  summary.textContent = item.summary;
  li.append(link, facts, summary);
  if (item.excerpt !== undefined) {
    const excerpt = document.createElement('p');
    excerpt.className = 'mt-1 text-sm text-slate-700 dark:text-slate-300';
    excerpt.innerHTML = safeExcerpt(item.excerpt);
    li.append(excerpt);
  }
}

/** The exact-name hit, from the name lookup's card, marked as such. */
function renderCard(card: SearchCard, label: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'rounded-lg border-2 border-blue-700 p-4 dark:border-blue-300';
  li.dataset.exact = '';
  fillResult(li, { url: card.url, title: card.title, facts: [label, card.organization, card.parameters, card.released], summary: card.summary });
  return li;
}
