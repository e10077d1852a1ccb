import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The capabilities under `src/features/`; each may use another only through its public modules. */
const FEATURES = ['api-reference', 'decisions', 'mock', 'playground', 'requirements', 'site', 'mkdocs-import', 'proposals', 'changes'];
/** A feature's public modules: its Starlight plugin (`index.ts`) and the mock's browser API. */
const PUBLIC = '(index|browser)\\.ts$';

/**
 * Import boundaries, enforced per folder: `src/shared/` imports no feature, and a feature reaches
 * another feature or `src/shared/` only through the `#features/<name>/<public module>` and
 * `#shared/*` aliases of package.json, never by a relative path that climbs out of its folder.
 */
const boundaries = [
	{
		files: ['src/shared/**/*.{ts,astro}'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [{ regex: '^#features/|(^|/)features/', message: 'src/shared/ is used by features and imports none of them.' }] },
			],
		},
	},
	...FEATURES.map((feature) => ({
		files: [`src/features/${feature}/**/*.{ts,astro}`],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: `^#features/(?!${feature}/)[^/]+/(?!${PUBLIC})`,
							message: 'Use another feature only through its index.ts (or browser.ts for the mock in the browser).',
						},
						{
							regex: `^(\\.\\./)+(${FEATURES.filter((f) => f !== feature).join('|')}|shared)/`,
							message: 'Reach other features with #features/<name>/index.ts and shared code with #shared/*.',
						},
					],
				},
			],
		},
	})),
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
