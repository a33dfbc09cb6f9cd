#!/usr/bin/env node
// Entry point for `npm start` and `npx inventra`: TypeScript runs through tsx, no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
