export { parseResolution85, type Resolution85, type ResolutionConstituency, type ResolutionProblem, type ResolutionProvince } from './parse';
export { resolutionToDataset, BODY_ID, ELECTION_ID, type ConversionResult, type ReferenceProvince } from './to-dataset';
export { convertResolution85, INPUT_FILE, OUTPUT_FILE, serialize } from './convert';
