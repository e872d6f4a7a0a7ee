/** One section of the `npm run bench` report. */
export interface BenchSection {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  /** Each goal the issue sets, with whether this run met it. */
  goals?: { text: string; met: boolean }[];
  /** How it was measured, and anything a reader must know to trust the figures. */
  notes?: string[];
}
