#!/usr/bin/env node
// Prints the matcher's recall and precision per language on the evaluation set
// (tests/detection-eval/sentences.json): runs src/detect/detect-eval.test.ts, which computes the table
// and holds each language to the target of issue 13. Exit status: the test's.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['vitest', 'run', 'src/detect/detect-eval.test.ts'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8',
});
const table = /^lang {2}sentences[\s\S]*?^all .*$/m.exec(run.stdout ?? '');
process.stdout.write(table ? `${table[0]}\n` : (run.stdout ?? ''));
if (run.status !== 0) process.stdout.write(run.stdout ?? '');
process.exit(run.status ?? 1);
