/**
 * The Excel workbooks read back: with exceljs (the library that wrote them) every figure is a real
 * number with a number format and every Vietnamese text is intact; with LibreOffice headless, where
 * it is installed, the workbooks convert to CSV with the same text and numbers, and a spreadsheet set
 * to Vietnamese shows 92,1 (decimal comma) for the value 92.1.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, inject, it } from 'vitest';
import { readContent } from '../lib/content-files.ts';
import { checkContent } from '../lib/integrity.ts';
import { parseCsv } from '../lib/opendata.ts';
import { DATA_SHEET, INFO_SHEET, numberFormat } from '../lib/workbook.ts';
import { projectRoot } from './build-helpers.ts';

const siteDir = inject('siteDir');
const { content } = checkContent(readContent(projectRoot), { production: true });
const dir = join(siteDir, 'du-lieu');
const workbooks = [...content.stats.map((s) => `${s.entry.id}.xlsx`), 'toan-bo-so-lieu.xlsx'];

async function load(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(join(dir, file)) as unknown as ArrayBuffer);
  return workbook;
}

/** Rows of a sheet as plain values, header first. */
function rowsOf(sheet: ExcelJS.Worksheet) {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
}

describe('Excel workbooks (exceljs)', () => {
  it('every dataset workbook holds its figures as numbers, Vietnamese headers beside the machine ids, and its metadata', async () => {
    for (const { entry, data } of content.stats) {
      const workbook = await load(`${entry.id}.xlsx`);
      const sheet = workbook.getWorksheet(DATA_SHEET)!;
      const [header, ...rows] = rowsOf(sheet);
      expect(header?.[3]).toBe('Giá trị (value)');
      expect(header?.[2]).toBe('Chỉ tiêu (label)');
      expect(rows.map((r) => [r[1], r[2], r[3]])).toEqual(data.observations.map((o) => [o.id, o.label, o.value]));
      sheet.eachRow((row, n) => {
        if (n === 1) return;
        const cell = row.getCell(4);
        expect(typeof cell.value).toBe('number');
        expect(cell.numFmt).toBe(numberFormat(cell.value as number));
      });
      const info = new Map(rowsOf(workbook.getWorksheet(INFO_SHEET)!).map((r) => [r[0], String(r[1] ?? '')]));
      expect(info.get('Bộ số liệu')).toBe(data.title);
      expect(info.get('Phiên bản')).toMatch(new RegExp(`^${data.version} \\(ngày `));
      expect(info.get('Giấy phép')).toContain('CC BY 4.0');
      expect(info.get('Trích dẫn')).toContain(`phiên bản ${data.version}`);
      expect(info.get('Địa bàn (tên gọi theo nguồn)')).toMatch(/tên gọi tại thời điểm/);
      expect(info.get('Địa bàn hiện nay')).toBeTruthy();
      expect(info.get('Nguồn')).toBeTruthy();
    }
  });

  it('the site workbook holds every figure of every dataset', async () => {
    const workbook = await load('toan-bo-so-lieu.xlsx');
    const [, ...rows] = rowsOf(workbook.getWorksheet(DATA_SHEET)!);
    const key = (r: unknown[]) => r.join('#');
    expect(rows.map((r) => key([r[0], r[1], r[3]])).sort()).toEqual(
      content.stats.flatMap(({ entry, data }) => data.observations.map((o) => key([entry.id, o.id, o.value]))).sort(),
    );
  });

  it('number formats show decimals as the value has them', () => {
    expect(numberFormat(138)).toBe('#,##0');
    expect(numberFormat(92.1)).toBe('#,##0.0');
    expect(numberFormat(82.17)).toBe('#,##0.00');
  });
});

const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync('which', [bin]).status === 0);

describe.skipIf(!soffice)('Excel workbooks (LibreOffice headless)', () => {
  /** Converts workbooks to CSV (UTF-8, first sheet); `shown` keeps the cell display of `language`. */
  const convert = (files: string[], options: string, env: NodeJS.ProcessEnv = process.env) => {
    const out = mkdtempSync(join(tmpdir(), 'dvk-lo-'));
    const profile = mkdtempSync(join(tmpdir(), 'dvk-lo-profile-'));
    const result = spawnSync(
      soffice!,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        `csv:Text - txt - csv (StarCalc):${options}`,
        '--outdir',
        out,
        ...files.map((f) => join(dir, f)),
      ],
      { encoding: 'utf8', timeout: 240_000, env },
    );
    rmSync(profile, { recursive: true, force: true });
    return { out, result };
  };

  it('every workbook converts to CSV with the Vietnamese text and the numbers intact', () => {
    // 44 = comma, 34 = double quote, 76 = UTF-8, line 1; numbers as stored, not as shown.
    const { out, result } = convert(workbooks, '44,34,76,1,,0,false,true,false');
    try {
      expect(readdirSync(out).length, result.stderr).toBe(workbooks.length);
      for (const { entry, data } of content.stats) {
        const [header, ...rows] = parseCsv(readFileSync(join(out, `${entry.id}.csv`), 'utf8'));
        expect(header?.[3]).toBe('Giá trị (value)');
        expect(rows.map((r) => [r[1], r[2], Number(r[3])])).toEqual(data.observations.map((o) => [o.id, o.label, o.value]));
      }
      const all = parseCsv(readFileSync(join(out, 'toan-bo-so-lieu.csv'), 'utf8'));
      expect(all.length - 1).toBe(content.stats.reduce((n, s) => n + s.data.observations.length, 0));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('with Vietnamese settings a decimal figure shows with a decimal comma and thousands with dots', () => {
    const observations = content.stats.flatMap((s) => s.data.observations);
    const decimal = observations.find((o) => !Number.isInteger(o.value) && o.value < 1000)!;
    const thousands = observations.find((o) => Number.isInteger(o.value) && o.value >= 1000)!;
    // Language 1066 = Vietnamese; cells saved as shown, by a LibreOffice running in Vietnamese.
    const vi = { ...process.env, LC_ALL: 'vi_VN.UTF-8', LANG: 'vi_VN.UTF-8' };
    const { out, result } = convert(['toan-bo-so-lieu.xlsx'], '44,34,76,1,,1066,false,true,true', vi);
    try {
      const csv = readFileSync(join(out, 'toan-bo-so-lieu.csv'), 'utf8');
      expect(csv, result.stderr).toContain(`"${String(decimal.value).replace('.', ',')}"`);
      expect(csv).toContain(`,${thousands.value.toLocaleString('de-DE')},`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
