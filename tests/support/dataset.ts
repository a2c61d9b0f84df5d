// The data tests' fixed day and a copy of the bundled dataset to break (src/data/*.test.ts).
import { DATASET } from '@/data/index';
import { validateDataset, type Dataset } from '@/data/schema';

const TODAY = new Date('2026-11-26T12:00:00Z');

export function clone(): Dataset {
  return structuredClone(DATASET) as Dataset;
}

export function problemsOf(ds: Dataset): string[] {
  return validateDataset(ds, TODAY);
}
