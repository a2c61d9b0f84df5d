export const ROOT: string;
export const SHARED: string;
export const CHROME_EXTENSION_DIR: string;
export const INSTALL_HINT: string;
/** Ids of the fixture pages' excluded elements (see harness.mjs). */
export const EXCLUDED_FIXTURE_IDS: readonly string[];
/** Source of a function declaration that opts a document in to the state attribute (see harness.mjs). */
export const OPT_IN_STATE: string;
export function findChrome(): string | undefined;
export function requireChrome(): string;
export function chromeArgs(extensionDir?: string, opts?: { headless?: boolean }): string[];
export function serveStatic(
  mounts: Record<string, string>,
  opts?: { headers?: Record<string, string> },
): Promise<{ origin: string; close: () => Promise<void> }>;
