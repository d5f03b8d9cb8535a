/** Bundles `entries` (name → source path, relative to the project root or absolute) and the counting worker into `outDir`. */
export function bundleSources(entries: Record<string, string>, outDir: string): Promise<void>;
