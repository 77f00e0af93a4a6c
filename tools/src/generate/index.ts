export { generateNationalDataset, minimumCandidates, type NationalDatasetOptions } from './national';
export { createRandom, type Random } from './prng';
