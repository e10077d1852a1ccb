import { builtinModules } from 'node:module';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The capabilities under `src/features/`; each may use another only through its public modules. */
const FEATURES = ['api-reference', 'decisions', 'mock', 'playground', 'requirements', 'site', 'mkdocs-import', 'proposals', 'changes'];
/** A feature's public modules: its Starlight plugin (`index.ts`) and the mock's browser API. */
const PUBLIC = '(index|browser)\\.ts$';

/**
 * Node-only code, in two places: Node's built-in modules and `src/shared/node/` (the build's
 * machinery: files, processes, caches, Astro and Vite hooks). Code that runs in a browser or a
 * worker, and the rest of `src/shared/` (which runs anywhere), may import neither.
 */
const nodeOnly = [
	{
		regex: `^(node:.*|${builtinModules.join('|')})$`,
		message: 'This code also runs in the browser: keep Node built-ins in src/shared/node/ or in Node-only feature code.',
	},
	{
		regex: '^#shared/node/',
		message: 'src/shared/node/ runs only at build time in Node; this code also runs in the browser, so use src/shared/ proper.',
	},
	{ regex: '^(\\.\\.?/)+node/', message: 'A node/ folder runs only in Node; this code also runs in the browser.' },
];

/** Browser and worker code of a feature: its `client/` folder and its pages' `<script>`s; the mock's browser side. */
const browserFiles = (feature) => [
	`src/features/${feature}/client/**/*.ts`,
	`src/features/${feature}/**/*.astro/*.ts`,
	...(feature === 'mock' ? ['src/features/mock/{browser,worker,core,signing,generic}/**/*.ts', 'src/features/mock/browser.ts'] : []),
];

/** A feature's own boundary: other features only through their public modules, shared code only by alias. */
const featurePatterns = (feature) => [
	{
		regex: `^#features/(?!${feature}/)[^/]+/(?!${PUBLIC})`,
		message: 'Use another feature only through its index.ts (or browser.ts for the mock in the browser).',
	},
	{
		regex: `^(\\.\\./)+(${FEATURES.filter((f) => f !== feature).join('|')}|shared)/`,
		message: 'Reach other features with #features/<name>/index.ts and shared code with #shared/*.',
	},
];

const noFeatures = { regex: '^#features/|(^|/)features/', message: 'src/shared/ is used by features and imports none of them.' };

/**
 * Import boundaries, enforced per folder: `src/shared/` imports no feature, and a feature reaches
 * another feature or `src/shared/` only through the `#features/<name>/<public module>` and
 * `#shared/*` aliases of package.json, never by a relative path that climbs out of its folder.
 * Code that runs in a browser (and `src/shared/` outside `node/`) imports nothing Node-only; tests
 * run in Node and are exempt. A later entry replaces an earlier one's patterns, so each repeats them.
 */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const boundaries = [
	{ files: ['src/shared/**/*.{ts,astro}'], rules: restrict([noFeatures]) },
	{ files: ['src/shared/**/*.{ts,astro}'], ignores: ['src/shared/node/**', '**/*.test.ts'], rules: restrict([noFeatures, ...nodeOnly]) },
	...FEATURES.flatMap((feature) => [
		{ files: [`src/features/${feature}/**/*.{ts,astro}`], rules: restrict(featurePatterns(feature)) },
		{ files: browserFiles(feature), ignores: ['**/*.test.ts'], rules: restrict([...featurePatterns(feature), ...nodeOnly]) },
	]),
];

export default tseslint.config(
	{
		ignores: ['dist/', '.astro/', '.scratch/', 'node_modules/', 'tests/fixtures/*/dist/', 'tests/fixtures/*/.astro/', 'bench-results/'],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs['flat/recommended'],
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
			'no-duplicate-imports': 'error',
		},
	},
	...boundaries,
);
