import { runExportConformance } from '@ungcu/testkit/export';
import { xlsxExporter, xlsxImporter } from '../src/index';
import { ELECTION, realDataset } from './support';

runExportConformance({
  name: '@ungcu/export-xlsx',
  format: 'xlsx',
  exporter: xlsxExporter(),
  importer: xlsxImporter(),
  realData: async () => ({ data: await realDataset(), election: ELECTION }),
});
