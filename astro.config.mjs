// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { createSiteConfig } from './src/site.ts';

export default defineConfig(createSiteConfig({ root: fileURLToPath(new URL('.', import.meta.url)) }));
