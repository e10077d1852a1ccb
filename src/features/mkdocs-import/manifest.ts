import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { PlannedSection } from './nav-plan.ts';

/** Name of the manifest an import keeps in its target folder. */
export const MANIFEST_FILE = '.mkdocs-import.json';

/**
 * What the last import wrote: each file (relative to the site root) with the SHA-256 of its
 * content, so the next import can tell its own unchanged files from pages edited by hand since,
 * and the nav sections, which the sidebar shows under their labels in nav order.
 */
export interface ImportManifest {
	/** The MkDocs project, relative to the site root. */
	source: string;
	/** The project's `site_name`. */
	title?: string | undefined;
	sections: PlannedSection[];
	files: Record<string, string>;
}

export function sha256(content: string | Uint8Array): string {
	return createHash('sha256').update(content).digest('hex');
}

/** The manifest of the target folder (relative to the site root), or `undefined` when nothing was imported there. */
export function readManifest(siteRoot: string, targetDir: string): ImportManifest | undefined {
	const path = join(siteRoot, targetDir, MANIFEST_FILE);
	if (!existsSync(path)) return undefined;
	const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<ImportManifest>;
	return { source: data.source ?? '', title: data.title, sections: data.sections ?? [], files: data.files ?? {} };
}

/** The manifest as written: keys sorted, so an unchanged import writes the same bytes. */
export function serializeManifest(manifest: ImportManifest): string {
	const files = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => a.localeCompare(b)));
	return `${JSON.stringify({ source: manifest.source, title: manifest.title, sections: manifest.sections, files }, null, '\t')}\n`;
}

/** The manifest's own path, relative to the site root. */
export function manifestPath(targetDir: string): string {
	return posix.join(targetDir, MANIFEST_FILE);
}
