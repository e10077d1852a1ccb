import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** A module made at build time: its code, and the files whose edits should reload it in `astro dev`. */
export interface VirtualModule {
	code(): string;
	watchFiles?(): string[];
}

/**
 * A Vite plugin serving `virtual:…` modules. The code is made on each load (not once at
 * startup), so `astro dev` follows edits of the files each module lists.
 */
export function virtualModulesPlugin(name: string, modules: Record<string, VirtualModule>): Plugin {
	return {
		name,
		resolveId: (id) => (id in modules ? `\0${id}` : undefined),
		load(id) {
			const module = id.startsWith('\0') ? modules[id.slice(1)] : undefined;
			if (!module) return undefined;
			for (const file of module.watchFiles?.() ?? []) this.addWatchFile(file);
			return module.code();
		},
	};
}

/**
 * An Astro integration that only provides `virtual:…` modules, made from the project root
 * (`modules(root)`), for integrations that have nothing else to set up.
 */
export function virtualModulesIntegration(name: string, modules: (root: string) => Record<string, VirtualModule>): AstroIntegration {
	return {
		name,
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				updateConfig({ vite: { plugins: [virtualModulesPlugin(name, modules(fileURLToPath(config.root)))] } });
			},
		},
	};
}
