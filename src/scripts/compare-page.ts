import { compareRows, parseCompareTerms, slugCandidate, type CompareRow } from '../lib/compare.ts';
import { createNameLookup } from './name-lookup.ts';
import { fillPlaceholders } from '../i18n/fill-placeholders.ts';
import type { ExportRecord } from '../schemas/index.ts';
import type { Locale } from '../i18n/ui.ts';

type Messages = { locale: Locale; fact: string; differs: string; unknown: string; tooFew: string; tooMany: string; error: string; rows: Record<CompareRow, string>; modelBase: string };

/** Reads ?models=…, fetches each entry's record from the API and lays the facts side by side. */
export async function runComparePage() {
  const form = document.querySelector<HTMLFormElement>('#compare-form');
  const status = document.querySelector<HTMLElement>('#compare-status');
  const output = document.querySelector<HTMLElement>('#compare-output');
  if (!form || !status || !output) return;
  const messages = JSON.parse(form.dataset.messages ?? '{}') as Messages;
  const { terms, tooMany } = parseCompareTerms(new URLSearchParams(location.search));
  const input = form.querySelector<HTMLInputElement>('#compare-models')!;
  input.value = terms.join(', ');
  form.dataset.state = 'busy';
  const lookupName = createNameLookup(form.dataset.namesBase ?? '/search/names/', Number(form.dataset.nameShards));
  const record = async (slug: string) => {
    const response = await fetch(`/api/models/${slug}.json`);
    return response.ok ? ((await response.json()) as ExportRecord) : undefined;
  };
  try {
    // A term is tried as a slug first (what links and checkboxes send), then as a name through the name lookup.
    const fetched = await Promise.all(
      terms.map(async (term) => {
        const slug = slugCandidate(term);
        const direct = slug ? await record(slug) : undefined;
        if (direct) return direct;
        const hit = await lookupName(term);
        return (hit && (await record(hit.slug))) || term;
      }),
    );
    const records = [...new Map(fetched.filter((r): r is ExportRecord => typeof r !== 'string').map((r) => [r.slug, r])).values()];
    const unknown = fetched.filter((r): r is string => typeof r === 'string');
    if (records.length > 0) {
      // The address names what is shown, by slug: a stable link to share.
      const url = new URL(location.href);
      url.searchParams.delete('models');
      url.searchParams.set('models', records.map((r) => r.slug).join(','));
      history.replaceState(history.state, '', url);
    }
    const notes = [
      unknown.length ? fillPlaceholders(messages.unknown, { slugs: unknown.join(', ') }) : '',
      tooMany ? messages.tooMany : '',
      records.length < 2 ? messages.tooFew : '',
    ].filter(Boolean);
    status.textContent = notes.join(' ');
    output.replaceChildren(records.length ? renderTable(records, messages) : '');
    form.dataset.state = 'done';
  } catch {
    status.textContent = messages.error;
    form.dataset.state = 'error';
  }
}

function renderTable(records: ExportRecord[], messages: Messages): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'overflow-x-auto';
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-labelledby', 'compare-caption');
  wrap.tabIndex = 0;
  const table = document.createElement('table');
  table.className = 'w-full border-collapse text-left text-sm';
  table.id = 'compare-table';
  const caption = table.createCaption();
  caption.id = 'compare-caption';
  caption.className = 'sr-only';
  caption.textContent = records.map((r) => r.name).join(' · ');
  const head = table.createTHead().insertRow();
  head.className = 'border-b-2 border-slate-300 dark:border-slate-700';
  const corner = document.createElement('th');
  corner.scope = 'col';
  corner.textContent = messages.fact;
  corner.className = 'py-2 pr-3';
  head.append(corner);
  for (const record of records) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.className = 'py-2 pr-3 align-bottom';
    const link = document.createElement('a');
    link.href = `${messages.modelBase}${record.slug}/`;
    link.textContent = record.name;
    th.append(link);
    head.append(th);
  }
  const body = table.createTBody();
  for (const { row, values, differs } of compareRows(records, messages.locale)) {
    const tr = body.insertRow();
    tr.className = `border-b border-slate-200 align-top dark:border-slate-800${differs ? ' bg-amber-50 dark:bg-amber-950/40' : ''}`;
    if (differs) tr.dataset.differs = '';
    const th = document.createElement('th');
    th.scope = 'row';
    th.className = 'py-2 pr-3 font-medium';
    th.textContent = messages.rows[row];
    if (differs) {
      const mark = document.createElement('span');
      mark.className = 'block text-xs font-normal text-amber-800 dark:text-amber-200';
      mark.textContent = messages.differs;
      th.append(mark);
    }
    tr.append(th);
    for (const value of values) {
      const td = tr.insertCell();
      td.className = 'py-2 pr-3 whitespace-pre-line';
      td.textContent = value || '—';
    }
  }
  wrap.append(table);
  return wrap;
}
