import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { buildCatalog } from './catalog.ts';
import { parseRegistry } from './registry.ts';
import { toExport } from './export.ts';
import { loadCatalog } from './files.ts';
import { projectRoot } from '../../../tests/support/run-astro.ts';
import { mockCheckability } from '#features/mock/index.ts';

const schema = JSON.parse(readFileSync(new URL('../../../public/schemas/requirements.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);
const info = {
	repository: 'https://github.com/margo/specification',
	branch: 'pre-draft',
	commit: 'a'.repeat(40),
	builtAt: '2026-11-26T00:00:00Z',
};

const source = `---
title: Onboarding
---
## Requirements

- The device management client MUST send its \`certificate\`. {#REQ-ONB-001}
`;
const registryText = 'prefixes: {}\nissued:\n  ONB: 2\nretired:\n  - id: REQ-ONB-002\n    retired: 2026-11-20\n';
const catalog = buildCatalog(
	[
		{
			file: 'content/docs/specification/onboarding.md',
			docPath: 'specification/onboarding.md',
			slug: 'specification/onboarding',
			title: 'Onboarding',
			source,
		},
	],
	{ ...parseRegistry('content/requirements.yaml', registryText), file: 'content/requirements.yaml' },
	[],
);

test('exports each requirement with absolute permalinks under the site base', () => {
	const exported = toExport(catalog, 'https://example.org/margo/', info);
	expect(validate(exported), ajv.errorsText(validate.errors)).toBe(true);
	expect(exported.requirements).toEqual([
		{
			id: 'REQ-ONB-001',
			keyword: 'MUST',
			keywords: ['MUST'],
			binds: ['device'],
			text: 'The device management client MUST send its certificate.',
			url: 'https://example.org/margo/specification/onboarding/#REQ-ONB-001',
			page: { title: 'Onboarding', url: 'https://example.org/margo/specification/onboarding/' },
			section: { title: 'Requirements', url: 'https://example.org/margo/specification/onboarding/#requirements' },
			source: { file: 'content/docs/specification/onboarding.md', line: 6 },
		},
	]);
	expect(exported.retired).toEqual([{ id: 'REQ-ONB-002', retired: '2026-11-20' }]);
	expect(exported.$schema).toBe('https://example.org/margo/schemas/requirements.schema.json');
});

test('validates the export of the specification pages against the published schema', () => {
	const real = loadCatalog(projectRoot);
	const exported = toExport(real, 'https://margo.example.org/', info, mockCheckability);
	expect(validate(exported), ajv.errorsText(validate.errors)).toBe(true);
	expect(exported.requirements).toHaveLength(real.requirements.length);
});

test('says for each requirement binding the device whether the mock checks it, and for no other', () => {
	const { requirements } = toExport(loadCatalog(projectRoot), 'https://margo.example.org/', info, mockCheckability);
	const byId = new Map(requirements.map((requirement) => [requirement.id, requirement]));
	expect(byId.get('REQ-ONB-004')?.mock).toEqual({
		checked: true,
		checks: [
			{ id: 'onboarding/document', what: 'The onboarding request is an OnboardingRequest document.' },
			{ id: 'onboarding/certificate', what: 'The certificate field holds an X.509 certificate with a P-256 key.' },
			{ id: 'onboarding/own-certificate', what: "The certificate is the device's own, valid now, not the service's root CA." },
		],
	});
	expect(byId.get('REQ-DST-006')?.mock).toEqual({ checked: false, why: 'The configured polling interval is not known to the mock.' });
	expect(requirements.filter((requirement) => requirement.binds.includes('device') !== 'mock' in requirement).map((r) => r.id)).toEqual([]);
	const checked = requirements.filter((requirement) => requirement.mock?.checked).length;
	const uncheckable = requirements.filter((requirement) => requirement.mock?.checked === false).length;
	expect([checked, uncheckable]).toEqual([26, 31]);
	// "checked" with no check is refused by the schema.
	const broken = {
		...toExport(catalog, 'https://example.org/', info),
		requirements: [{ ...byId.get('REQ-ONB-004'), mock: { checked: true, checks: [] } }],
	};
	expect(validate(broken)).toBe(false);
});

test('rejects an export whose requirement names no party', () => {
	const exported = toExport(catalog, 'https://example.org/', info);
	const broken = { ...exported, requirements: [{ ...exported.requirements[0], binds: [] }] };
	expect(validate(broken)).toBe(false);
	expect(ajv.errorsText(validate.errors)).toBe('data/requirements/0/binds must NOT have fewer than 1 items');
});
