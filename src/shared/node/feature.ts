import type { AstroIntegration } from 'astro';
import type { StarlightPlugin, StarlightUserConfig } from '@astrojs/starlight/types';
import type { Prebundle } from './prebundle.ts';

export type SidebarItem = NonNullable<StarlightUserConfig['sidebar']>[number];

/** The sidebar groups other features add entries to (see `features/site/sidebar.ts`). */
export type SidebarGroup = 'reference' | 'decisions';

/** A folder of `content/docs/` (`''` for its top) laid out by a feature. */
export interface ContentGroup {
	folder: string;
	label: string;
	items: SidebarItem[];
}

/**
 * What a feature gives the site: a Starlight plugin (its integration, routes, components, CSS),
 * the sidebar entries of its generated pages, and a test of which links reach those pages, for
 * the links validator, which only knows the pages of `content/docs/`.
 */
export interface Feature {
	plugin: StarlightPlugin;
	sidebar?: Partial<Record<SidebarGroup, SidebarItem[]>>;
	/**
	 * Folders of `content/docs/` whose sidebar the feature lays out itself (an imported
	 * specification keeps its nav): their pages leave the folder groups, and each folder shows as
	 * a group (`label`, `items`) at its place (see `features/site/sidebar.ts`).
	 */
	contentGroups?: ContentGroup[];
	/** Asked with a link's path after the site's base (`/reference/…` under any base). */
	isGeneratedLink?: (link: string) => boolean;
	/**
	 * Folders outside `content/docs/` whose Markdown the feature renders (absolute): Starlight's
	 * Markdown plugins (asides, and the GitHub alerts that become asides) transform them too.
	 */
	markdownDirs?: string[];
	/**
	 * The packages the feature's browser code imports (or exported paths of them), which the host
	 * bundles once per installation for every feature together (`prebundle.ts`). One left out is
	 * bundled with the site's code at every build: only slower.
	 */
	clientPackages?: Prebundle['entries'];
}

interface PluginParts {
	integrations?: readonly AstroIntegration[];
	/** Absolute paths of style sheets added to every page. */
	css?: readonly string[];
	/** Starlight component overrides, as absolute paths. */
	components?: Readonly<Record<string, string>>;
}

/** A Starlight plugin that adds a feature's integrations, style sheets and component overrides. */
export function featurePlugin(name: string, { integrations = [], css = [], components = {} }: PluginParts): StarlightPlugin {
	return {
		name,
		hooks: {
			'config:setup': ({ addIntegration, updateConfig, config }) => {
				for (const integration of integrations) addIntegration(integration);
				if (css.length) updateConfig({ customCss: [...(config.customCss ?? []), ...css] });
				if (Object.keys(components).length) updateConfig({ components: { ...config.components, ...components } });
			},
		},
	};
}
