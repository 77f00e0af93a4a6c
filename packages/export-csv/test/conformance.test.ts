import { runExportConformance } from '@ungcu/testkit/export';
import { csvExporter, csvImporter, readCsvFiles } from '../src/index';
import { ELECTION, PATHS } from './support';

runExportConformance({
  name: '@ungcu/export-csv',
  format: 'csv',
  exporter: csvExporter(),
  importer: csvImporter(),
  realData: async () => ({ data: (await readCsvFiles(PATHS, { election: ELECTION })).data, election: ELECTION }),
});
