import type { AstroIntegration } from 'astro';
import type { StarlightPlugin, StarlightUserConfig } from '@astrojs/starlight/types';

export type SidebarItem = NonNullable<StarlightUserConfig['sidebar']>[number];

/** The sidebar groups other features add entries to (see `features/site/sidebar.ts`). */
export type SidebarGroup = 'reference' | 'decisions';

/**
 * What a feature gives the site: a Starlight plugin (its integration, routes, components, CSS),
 * the sidebar entries of its generated pages, and a test of which links reach those pages, for
 * the links validator, which only knows the pages of `content/docs/`.
 */
export interface Feature {
	plugin: StarlightPlugin;
	sidebar?: Partial<Record<SidebarGroup, SidebarItem[]>>;
	isGeneratedLink?: (link: string) => boolean;
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
