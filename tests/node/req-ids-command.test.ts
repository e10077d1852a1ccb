import { expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../support/run-astro.ts';

const script = join(projectRoot, 'src/features/requirements/req-ids-cli.ts');
const run = (root: string) => execFileSync(process.execPath, [script, root], { encoding: 'utf8' });

test('`npm run req:ids` marks new statements, keeps existing IDs and retires removed ones in the registry', () => {
	const root = mkdtempSync(join(tmpdir(), 'margo-req-ids-'));
	mkdirSync(join(root, 'content/docs/specification'), { recursive: true });
	const pagePath = join(root, 'content/docs/specification/status.md');
	const registryPath = join(root, 'content/requirements.yaml');
	writeFileSync(registryPath, '# Kept comment.\nprefixes:\n  specification/status.md: STS\nissued: {}\nretired: []\n');
	writeFileSync(pagePath, '---\ntitle: Status\n---\n- The client MUST report.\n- The client SHOULD retry.\n- The service MUST store it.\n');

	expect(run(root)).toBe(
		[
			'content/docs/specification/status.md:4: REQ-STS-001 assigned',
			'content/docs/specification/status.md:5: REQ-STS-002 assigned',
			'content/docs/specification/status.md:6: REQ-STS-003 assigned',
			'',
		].join('\n'),
	);

	// Remove the second statement, reword the third and add one at the top.
	const page = readFileSync(pagePath, 'utf8');
	writeFileSync(
		pagePath,
		page
			.replace(/- The client SHOULD retry\. \{#REQ-STS-002\}\n/, '')
			.replace('The service MUST store it.', 'The service MUST store the report.')
			.replace('---\n-', '---\n- The client MAY batch.\n-'),
	);
	expect(run(root)).toBe(
		'content/docs/specification/status.md:4: REQ-STS-004 assigned\ncontent/requirements.yaml: REQ-STS-002 retired (it is on no page any more)\n',
	);
	expect(readFileSync(pagePath, 'utf8')).toBe(
		'---\ntitle: Status\n---\n- The client MAY batch. {#REQ-STS-004}\n- The client MUST report. {#REQ-STS-001}\n- The service MUST store the report. {#REQ-STS-003}\n',
	);
	const today = new Date().toISOString().slice(0, 10);
	expect(readFileSync(registryPath, 'utf8')).toBe(
		`# Kept comment.\nprefixes:\n  specification/status.md: STS\nissued:\n  STS: 4\nretired:\n  - id: REQ-STS-002\n    retired: ${today}\n`,
	);
	expect(run(root)).toBe('Every normative statement has an ID; nothing to do.\n');
});
