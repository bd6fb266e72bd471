#!/usr/bin/env node
// The `privacy-inspector` command. The CLI is TypeScript sharing lib/ with the extension;
// tsx compiles it on the fly so there is no second build to keep in step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
