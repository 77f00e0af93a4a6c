import { runExportConformance, xlsxFormat } from '@ungcu/testkit/export';
import { xlsxExporter, xlsxImporter } from '../src/index';
import { ELECTION, realDataset } from './support';

runExportConformance({
  name: '@ungcu/export-xlsx',
  exporter: xlsxExporter(),
  importer: xlsxImporter(),
  format: xlsxFormat,
  realData: async () => ({ data: await realDataset(), election: ELECTION }),
});
