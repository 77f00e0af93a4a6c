import { csvFormat, runExportConformance } from '@ungcu/testkit/export';
import { csvExporter, csvImporter } from '../src/index';
import { readCsvFiles } from '../src/node';
import { ELECTION, PATHS } from './support';

runExportConformance({
  name: '@ungcu/export-csv',
  exporter: csvExporter(),
  importer: csvImporter(),
  format: csvFormat,
  realData: async () => ({ data: (await readCsvFiles(PATHS, { election: ELECTION })).data, election: ELECTION }),
});
