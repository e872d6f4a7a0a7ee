// Components available in every MDX story and model without an import. Keep the names in sync
// with MDX_COMPONENTS in src/lib/integrity.ts (a test checks it).
import Chart from './ChartRef.astro';
import DatasetTable from './DatasetTableRef.astro';
import Fact from './Fact.astro';
import Figure from './Figure.astro';
import General from './General.astro';
import ModelCard from './ModelCardRef.astro';

export const mdxComponents = { Figure, Fact, ModelCard, DatasetTable, Chart, General };
