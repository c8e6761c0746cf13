import type { APIRoute } from 'astro';
import { exportRecords } from '../../data/export.ts';
import { CSV_COLUMNS, toCsv, toCsvRow } from '../../lib/export-record.ts';

/** One row per entry for spreadsheets: UTF-8 without a byte-order mark, lists joined with ";". */
export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(CSV_COLUMNS, (await exportRecords(site)).map(toCsvRow)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
