/**
 * The export conformance kit, for both exporters, read back by jsonImporter (which tells the two formats
 * apart by content). No format hooks: the kit's cell-by-cell checks are for tabular layouts, and these
 * files hold the whole dataset whatever the layout; the schema and Popolo checks are in their own tests.
 */
import { runExportConformance } from '@ungcu/testkit/export';
import { datasetJsonExporter, jsonImporter, popoloExporter } from '../src/index';
import { ELECTION, realList } from './support';

const realData = async () => ({ data: await realList(), election: ELECTION });

runExportConformance({ name: '@ungcu/export-json (dataset)', exporter: datasetJsonExporter(), importer: jsonImporter(), realData });
runExportConformance({ name: '@ungcu/export-json (Popolo)', exporter: popoloExporter(), importer: jsonImporter(), realData });
