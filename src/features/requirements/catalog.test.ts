import { expect, test } from 'vitest';
import { buildCatalog, type SpecPage } from './catalog.ts';
import { parseRegistry } from './registry.ts';
import { formatReport } from '#shared/problems.ts';

const registryText = `prefixes:
  specification/beta.md: BET
issued:
  BET: 9
retired:
  - id: REQ-BET-005
    retired: 2026-10-01
  - id: REQ-BET-006
    retired: 2026-10-02
    text: The client MUST sing.
`;
const source = `---
title: Beta
---
## Rules

- The device management client MUST poll. {#REQ-BET-001}
- The web service MUST answer. {#REQ-bet-2}
- The manifest MUST be valid. {#REQ-BET-003}
- The device management client could poll. {#REQ-BET-004}
- The device management client MUST sing. {#REQ-BET-005}
- The device management client MUST dance. {#REQ-BET-012}
- Both parties MUST agree. {#REQ-BET-007 binds=device,orchestrator}
{#REQ-BET-008}
`;
const page: SpecPage = {
	file: 'content/docs/specification/beta.md',
	docPath: 'specification/beta.md',
	slug: 'specification/beta',
	title: 'Beta',
	source,
};
const registry = { ...parseRegistry('content/requirements.yaml', registryText), file: 'content/requirements.yaml' };

test('reports every kind of problem with IDs, at the line and column of the marker or the statement', () => {
	const catalog = buildCatalog([page], registry, [
		{ id: 'REQ-BET-006', file: 'src/features/mock/core/handlers.ts', line: 3, column: 20 },
		{ id: 'REQ-BET-001', file: 'src/features/mock/core/handlers.ts', line: 4, column: 20 },
	]);
	expect(formatReport('Requirements', catalog.problems)).toMatchInlineSnapshot(`
		"Requirements: 9 problems

		content/docs/specification/beta.md:7:32: malformed requirement marker \`{#REQ-bet-2}\`: expected \`{#REQ-<PREFIX>-<number>}\`, optionally followed by \` binds=<party>\` [requirements/malformed-marker]
		  fix: fix the marker, or delete it and run \`npm run req:ids\`
		content/docs/specification/beta.md:8:31: cannot tell whom REQ-BET-003 binds from its subject "The manifest" [requirements/unknown-party]
		  fix: name the party (the device management client, the workload orchestration web service, the application vendor) or add \` binds=device|orchestrator|application-vendor\` to the marker
		content/docs/specification/beta.md:9:44: REQ-BET-004 marks a sentence without a key word in capitals: "The device management client could poll." [requirements/not-normative]
		  fix: write the key word in capitals, or delete the marker and run \`npm run req:ids\`, which records the ID as retired
		content/docs/specification/beta.md:10:43: REQ-BET-005 was retired on 2026-10-01 and is never used again [requirements/retired-id]
		  fix: delete the marker and run \`npm run req:ids\` to give the statement a new ID
		content/docs/specification/beta.md:11:44: REQ-BET-012 is not recorded in content/requirements.yaml [requirements/unissued-id]
		  fix: run \`npm run req:ids\`, which records hand-written IDs
		content/docs/specification/beta.md:13:1: marker \`{#REQ-BET-008}\` has no sentence of its own before it [requirements/stray-marker]
		  fix: write each marker right after the statement it names
		content/requirements.yaml:4:3: REQ-BET-002 was issued but is on no page and not retired [requirements/vanished-id]
		  fix: restore the statement with its marker, or run \`npm run req:ids\` to record the ID as retired
		content/requirements.yaml:4:3: REQ-BET-009 was issued but is on no page and not retired [requirements/vanished-id]
		  fix: restore the statement with its marker, or run \`npm run req:ids\` to record the ID as retired
		src/features/mock/core/handlers.ts:3:20: cites REQ-BET-006, which was retired on 2026-10-02 [requirements/retired-citation]
		  fix: cite the requirement that replaced it (see the requirements index)"
	`);
	expect(catalog.requirements.map((r) => `${r.id} ${r.keyword} ${r.binds.join('+')} §${r.section?.anchor}`)).toEqual([
		'REQ-BET-001 MUST device §rules',
		'REQ-BET-003 MUST  §rules',
		'REQ-BET-012 MUST device §rules',
		'REQ-BET-007 MUST device+orchestrator §rules',
	]);
});

test('reports a registry that does not have the expected shape at the failing field', () => {
	const { problems } = parseRegistry(
		'content/requirements.yaml',
		'prefixes:\n  specification/a.md: toolong\nissued: {}\nretired:\n  - id: REQ-1\n',
	);
	expect(formatReport('Registry', problems)).toMatchInlineSnapshot(`
		"Registry: 3 problems

		content/requirements.yaml:2:3: prefixes.specification/a.md: a prefix is 2 to 5 capital letters [requirements/invalid-registry]
		  fix: the registry has \`prefixes:\` (page → prefix), \`issued:\` (prefix → highest number) and \`retired:\` (list of { id, retired, text })
		content/requirements.yaml:5:5: retired.0.id: an ID looks like REQ-ONB-007 [requirements/invalid-registry]
		  fix: the registry has \`prefixes:\` (page → prefix), \`issued:\` (prefix → highest number) and \`retired:\` (list of { id, retired, text })
		content/requirements.yaml:5:5: retired.0.retired: Invalid input: expected string, received undefined [requirements/invalid-registry]
		  fix: the registry has \`prefixes:\` (page → prefix), \`issued:\` (prefix → highest number) and \`retired:\` (list of { id, retired, text })"
	`);
});
