import type { StarlightPlugin } from '@astrojs/starlight/types';

/** starlight-links-validator's plugin factory (the options we use are all defaults). */
export default function starlightLinksValidator(options?: Record<string, unknown>): StarlightPlugin;
