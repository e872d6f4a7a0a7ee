/**
 * Versions of a dataset. content/stats/<id>.json holds the current figures, its version number and
 * a change log whose lines record each changed observation's previous value. Every earlier version
 * is rebuilt from that, so /du-lieu/<id>/v<n>.csv stays downloadable and an old citation can be
 * checked. `npm run check:content` compares the figures with git's last commit and refuses a changed
 * figure that has no new version and log line.
 */
import type { Dataset, Observation } from '../schemas/stats.ts';

export interface DatasetVersion {
  version: number;
  /** Date the version was published: `published` for version 1, the log line's date after that. */
  date: string | undefined;
  /** What changed in this version (undefined for version 1). */
  summary: string | undefined;
  observations: Observation[];
}

type Versioned = Pick<Dataset, 'observations' | 'version' | 'changes' | 'published'>;

/** The figures an observation carries: what a correction changes and a citation quotes. */
const FIGURE_KEYS = ['value', 'statedPercent', 'percentOfTarget'] as const;

/** Every version from 1 to the current one, oldest first, each with its observations. */
export function datasetVersions(data: Versioned): DatasetVersion[] {
  const byVersion = new Map(data.changes.map((c) => [c.version, c]));
  const versions: DatasetVersion[] = [];
  let observations = data.observations;
  for (let version = data.version; version >= 1; version--) {
    const change = byVersion.get(version);
    versions.unshift({ version, date: change ? change.date : data.published, summary: change?.summary, observations });
    if (!change) continue;
    // Undo this change: what version - 1 looked like.
    let before = observations.filter((o) => !change.previous.some((p) => p.id === o.id && p.added));
    before = before.map((o) => {
      const previous = change.previous.find((p) => p.id === o.id && !p.added && !p.removed);
      if (!previous) return o;
      const restored: Observation = { ...o };
      for (const key of FIGURE_KEYS) if (previous[key] !== undefined) restored[key] = previous[key];
      return restored;
    });
    for (const p of change.previous) if (p.removed) before = [...before, p.removed];
    observations = before;
  }
  return versions;
}

/** The date of the current version: the last log line's, or the first publication's. */
export function versionDate(data: Pick<Dataset, 'changes' | 'published'>): string | undefined {
  return data.changes.at(-1)?.date ?? data.published;
}

/** The date of version `n`: `published` for version 1, its log line's date after that. */
export function dateOfVersion(data: Pick<Dataset, 'changes' | 'published'>, n: number): string | undefined {
  return n === 1 ? data.published : data.changes.find((c) => c.version === n)?.date;
}

export interface VersionProblem {
  field: string;
  message: string;
}

/** The log agrees with itself: one line per version after the first, in order, naming observations that exist. */
export function versionProblems(data: Versioned): VersionProblem[] {
  const problems: VersionProblem[] = [];
  if (data.version !== data.changes.length + 1) {
    problems.push({
      field: 'version',
      message: `phiên bản ${data.version} nhưng nhật ký có ${data.changes.length} dòng (changes): phiên bản phải bằng số dòng nhật ký cộng 1`,
    });
  }
  data.changes.forEach((change, i) => {
    if (change.version !== i + 2) {
      problems.push({
        field: `changes.${i}.version`,
        message: `dòng thứ ${i + 1} của nhật ký phải là phiên bản ${i + 2}, không phải ${change.version}`,
      });
    }
    const previous = data.changes[i - 1]?.date ?? data.published;
    if (previous && change.date < previous) {
      problems.push({
        field: `changes.${i}.date`,
        message: `ngày sửa ${change.date} sớm hơn phiên bản trước (${previous}): nhật ký ghi cũ trước, mới sau`,
      });
    }
  });
  if (problems.length) return problems;
  // Each log line must name observations that exist in the version it produced.
  for (const version of datasetVersions(data)) {
    const change = data.changes.find((c) => c.version === version.version);
    if (!change) continue;
    const ids = new Set(version.observations.map((o) => o.id));
    change.previous.forEach((p, j) => {
      const field = `changes.${data.changes.indexOf(change)}.previous.${j}.id`;
      if (p.removed && p.removed.id !== p.id) problems.push({ field, message: `removed.id phải trùng id "${p.id}"` });
      else if (!p.removed && !ids.has(p.id)) {
        problems.push({ field, message: `không có số liệu "${p.id}" trong phiên bản ${version.version}: kiểm tra lại mã số liệu` });
      } else if (p.removed && ids.has(p.id)) {
        problems.push({ field, message: `số liệu "${p.id}" ghi là đã bỏ nhưng vẫn còn trong phiên bản ${version.version}` });
      }
    });
  }
  return problems;
}

const figureText = (o: Observation | undefined, key: (typeof FIGURE_KEYS)[number]) => (o?.[key] === undefined ? 'trống' : String(o[key]));

/**
 * Compares the dataset with its last committed state. A changed, added or removed figure needs a
 * new version and a log line whose previous values rebuild exactly the committed figures.
 */
export function committedChangeProblems(committed: Versioned, current: Versioned): VersionProblem[] {
  const problems: VersionProblem[] = [];
  const differences = (a: Observation[], b: Observation[]) => {
    const out: { field: string; id: string; key: string; before: string; after: string }[] = [];
    const ids = new Set([...a.map((o) => o.id), ...b.map((o) => o.id)]);
    for (const id of ids) {
      const before = a.find((o) => o.id === id);
      const after = b.find((o) => o.id === id);
      const index = b.indexOf(after!);
      for (const key of FIGURE_KEYS) {
        if (before?.[key] === after?.[key]) continue;
        out.push({
          field: after ? `observations.${index}.${key}` : 'observations',
          id,
          key,
          before: figureText(before, key),
          after: after ? figureText(after, key) : 'bỏ số liệu',
        });
      }
    }
    return out;
  };
  if (current.version < committed.version) {
    return [{ field: 'version', message: `phiên bản giảm từ ${committed.version} xuống ${current.version}: không được lùi phiên bản` }];
  }
  if (current.version === committed.version) {
    for (const d of differences(committed.observations, current.observations)) {
      problems.push({
        field: d.field,
        message: `số liệu "${d.id}" đổi ${d.key} từ ${d.before} thành ${d.after} nhưng phiên bản vẫn là ${current.version}: tăng version lên ${current.version + 1} và thêm một dòng vào changes (ngày, sửa gì, vì sao, giá trị cũ trong previous)`,
      });
    }
    return problems;
  }
  // A new version: its log must rebuild the committed figures.
  const rebuilt = datasetVersions(current).find((v) => v.version === committed.version);
  if (!rebuilt) return problems;
  for (const d of differences(committed.observations, rebuilt.observations)) {
    problems.push({
      field: 'changes',
      message: `dựng lại phiên bản ${committed.version} từ nhật ký thì số liệu "${d.id}" có ${d.key} là ${d.after}, nhưng lần commit trước ghi ${d.before}: ghi đúng giá trị cũ vào previous`,
    });
  }
  return problems;
}
