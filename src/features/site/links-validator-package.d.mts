import type { StarlightPlugin } from '@astrojs/starlight/types';

/** starlight-links-validator's plugin factory (we pass only `exclude`; the rest are defaults). */
export default function starlightLinksValidator(options?: Record<string, unknown>): StarlightPlugin;
