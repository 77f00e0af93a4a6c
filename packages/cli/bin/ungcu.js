#!/usr/bin/env node
// The `ungcu` executable: a thin shim over the built CLI so the logic stays testable as a function.
import { run } from '../dist/index.js';

process.exitCode = await run(process.argv.slice(2));
