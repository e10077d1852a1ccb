// starlight-links-validator publishes TypeScript sources, which `tsc` would type-check with our
// strictest settings (and fail on). `tsconfig.json` maps the module to this declaration instead.
declare module 'starlight-links-validator' {
	import type { StarlightPlugin } from '@astrojs/starlight/types';
	export default function starlightLinksValidator(options?: Record<string, unknown>): StarlightPlugin;
}
