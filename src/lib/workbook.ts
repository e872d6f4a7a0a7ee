/**
 * Excel workbooks (.xlsx) for people who paste figures into reports: one per dataset and one for the
 * whole site, made with exceljs. Figures are real numbers with a number format, so a spreadsheet set
 * to Vietnamese shows 92,1 and 1.200.000.000 and can sum them; headers are Vietnamese with the
 * machine id beside; a second sheet says where the figures come from and how to cite them.
 *
 * Cost (measured on the 2-core development machine under load, 200 workbooks of 8 figures): about 80 ms
 * and 9 kB per workbook, heap flat at ~15 MB. Tens of thousands of datasets would add 10–15 minutes to a
 * build and ~90 MB to the in-memory cache below (the catalogue reuses each workbook for its byteSize);
 * at that scale, write the workbooks in a build integration with a worker pool instead.
 */
import ExcelJS from 'exceljs';
import type { Observation } from '../schemas/stats.ts';
import { safeCell } from './cell-safety.ts';
import { FIELDS, QUALIFIERS } from './vocabulary.ts';
import { COLUMN_INFO, CSV_COLUMNS, DATA_LICENCE } from './opendata.ts';
import { datasetCitationInput, fullCitation } from './citation.ts';
import type { DatasetEntry, Site } from './content.ts';
import { sourceTitle } from './datapackage.ts';
import { formatDate, formatPeriod } from './dates.ts';
import { placeLabel } from './places.ts';
import { versionDate } from './versions.ts';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DATA_SHEET = 'Số liệu';
export const INFO_SHEET = 'Thông tin';

/** What the metadata sheet says about one dataset. Every text is already in Vietnamese. */
export interface WorkbookDataset {
  id: string;
  title: string;
  summary: string;
  observations: Observation[];
  /** "huyện Thạch Hà, tỉnh Hà Tĩnh" as the source named it, and what it became, when known. */
  placeThen: string;
  placeNow: string;
  period: string;
  asOf: string;
  source: string;
  notes: string[];
  version: number;
  versionDate: string;
  citation: string;
  url: string;
  csvUrl: string;
}

/** Excel number format for a figure: thousands grouped, as many decimals as the value has (at most 3). */
export function numberFormat(value: number): string {
  const decimals = Math.min(3, (String(value).split('.')[1] ?? '').length);
  return decimals ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

const qualifierName = (id: string) => QUALIFIERS.find((q) => q.id === id)?.name || 'chính xác';
const fieldName = (id: string | undefined) => FIELDS.find((f) => f.id === id)?.name ?? '';

/** The row of one observation, in CSV_COLUMNS order: numbers stay numbers, text goes through safeCell. */
function observationRow(datasetId: string, o: Observation): (string | number | null)[] {
  const text = (value: string | undefined) => (value ? safeCell(value) : null);
  return [
    text(datasetId),
    text(o.id),
    text(o.label),
    o.value,
    text(o.unit),
    text(qualifierName(o.qualifier)),
    o.target ? 'có' : 'không',
    text(fieldName(o.field)),
    o.denominator?.value ?? null,
    text(o.denominator?.label),
    o.statedPercent ?? null,
    o.percentOfTarget ?? null,
    text(o.note),
  ];
}

const NUMBER_COLUMNS = new Set(CSV_COLUMNS.flatMap((name, i) => (COLUMN_INFO[name].type === 'number' ? [i + 1] : [])));

function addDataSheet(workbook: ExcelJS.Workbook, datasets: WorkbookDataset[]) {
  const sheet = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(CSV_COLUMNS.map((name) => `${COLUMN_INFO[name].title} (${name})`)).font = { bold: true };
  for (const dataset of datasets) {
    for (const o of dataset.observations) {
      const row = sheet.addRow(observationRow(dataset.id, o));
      row.eachCell((cell, column) => {
        if (NUMBER_COLUMNS.has(column) && typeof cell.value === 'number') cell.numFmt = numberFormat(cell.value);
      });
    }
  }
  CSV_COLUMNS.forEach((name, i) => {
    sheet.getColumn(i + 1).width = name === 'label' || name === 'note' ? 48 : name === 'dataset' ? 30 : 18;
  });
  sheet.getColumn(CSV_COLUMNS.indexOf('note') + 1).alignment = { wrapText: true, vertical: 'top' };
}

function infoRows(d: WorkbookDataset): [string, string][] {
  return [
    ['Bộ số liệu', d.title],
    ['Mô tả', d.summary],
    ['Mã bộ số liệu', d.id],
    ['Phiên bản', `${d.version} (ngày ${d.versionDate})`],
    ['Địa bàn (tên gọi theo nguồn)', d.placeThen],
    ['Địa bàn hiện nay', d.placeNow],
    ['Thời kỳ', d.period],
    ['Số liệu tính đến', d.asOf],
    ['Nguồn', d.source],
    ...d.notes.map((note, i): [string, string] => [i === 0 ? 'Ghi chú' : '', note]),
    ['Giấy phép', `${DATA_LICENCE.name}, ${DATA_LICENCE.url}. ${DATA_LICENCE.statement}`],
    ['Trích dẫn', d.citation],
    ['Trang bộ số liệu', d.url],
    ['Tệp CSV (cho máy đọc)', d.csvUrl],
  ];
}

function addInfoSheet(workbook: ExcelJS.Workbook, rows: [string, string][]) {
  const sheet = workbook.addWorksheet(INFO_SHEET);
  sheet.addRow(['Mục', 'Nội dung']).font = { bold: true };
  for (const [key, value] of rows) sheet.addRow([safeCell(key), safeCell(value)]);
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 100;
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn(1).font = { bold: true };
}

function newWorkbook(date: string) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Trang Dân vận khéo';
  // Dated by the content, not the build, so a rebuild does not pretend the data changed.
  workbook.created = workbook.modified = new Date(`${date.length === 10 ? date : `${date.slice(0, 4)}-01-01`}T00:00:00Z`);
  return workbook;
}

const toBytes = async (workbook: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> =>
  // exceljs types its Node Buffer as its own interface; at run time it is a Uint8Array, copied here.
  new Uint8Array((await workbook.xlsx.writeBuffer()) as unknown as ArrayLike<number>);

/** The workbook of one dataset: its figures, then its metadata. */
export async function datasetWorkbook(dataset: WorkbookDataset): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = newWorkbook(dataset.versionDate);
  workbook.title = dataset.title;
  addDataSheet(workbook, [dataset]);
  addInfoSheet(workbook, infoRows(dataset));
  return toBytes(workbook);
}

/** The whole site in one workbook: every figure on one sheet, one metadata block per dataset. */
export async function siteWorkbook(datasets: WorkbookDataset[], date: string): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = newWorkbook(date);
  workbook.title = 'Số liệu phong trào thi đua “Dân vận khéo”';
  addDataSheet(workbook, datasets);
  addInfoSheet(
    workbook,
    datasets.flatMap((d, i) => [...(i > 0 ? [['', ''] as [string, string]] : []), ...infoRows(d)]),
  );
  return toBytes(workbook);
}

/** The workbook view of a published dataset, from the same content as its page and CSV. */
export function workbookDataset(
  site: Pick<Site, 'placeChain' | 'sourceById'>,
  dataset: DatasetEntry,
  siteUrl: URL | string | undefined,
): WorkbookDataset {
  const { data } = dataset;
  const chain = site.placeChain(data.place).reverse();
  const changed = chain.find((p) => p.data.changes.length > 0);
  const source = site.sourceById.get(data.source)?.data;
  const date = versionDate(data) ?? data.asOf;
  return {
    id: dataset.id,
    title: data.title,
    summary: data.summary,
    observations: data.observations,
    placeThen: `${chain.map((p) => placeLabel(p.data)).join(', ')} (tên gọi tại thời điểm ${formatDate(data.asOf)})`,
    placeNow: changed ? changed.data.changes.map((c) => c.note).join(' ') : 'Không ghi nhận thay đổi.',
    period: formatPeriod(data.period),
    asOf: formatDate(data.asOf),
    source: source ? sourceTitle(source) : data.source,
    notes: data.notes,
    version: data.version,
    versionDate: date,
    citation: fullCitation(datasetCitationInput(site, dataset, siteUrl)),
    url: new URL(`/so-lieu/${dataset.id}/`, siteUrl).href,
    csvUrl: new URL(`/du-lieu/${dataset.id}.csv`, siteUrl).href,
  };
}

const built = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
/** A dataset's workbook, built once per build: its page, its file and the catalogue's byteSize share it. */
export function cachedDatasetWorkbook(
  site: Pick<Site, 'placeChain' | 'sourceById'>,
  dataset: DatasetEntry,
  siteUrl: URL | string | undefined,
) {
  let bytes = built.get(dataset.id);
  if (!bytes) built.set(dataset.id, (bytes = datasetWorkbook(workbookDataset(site, dataset, siteUrl))));
  return bytes;
}
