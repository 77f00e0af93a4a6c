export { createProgram, EXIT, run } from './program';
export { processIo, type CliIo } from './io';
export { defineConfig, type UngcuConfig } from './config';
