export type Method = 'a' | 'p' | 'c' | 'd' | 'B' | 'M';
export function loadOrder(l: number): Method[];
export function median(xs: unknown[]): number;
export interface TraceEvent {
  name: string;
  ph?: string;
  ts: number;
  dur?: number;
  tts?: number;
  tdur?: number;
  pid: number;
  tid: number;
}
export function tasksOf(
  events: TraceEvent[],
  m: string,
  until?: 'end' | 'rendered',
): { count: number; longestMs: number; busyMs: number; longestCpuMs: number; cpuMs: number } | undefined;
export function prefilterFromCompiled(text: string): string | undefined;
