import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { sharedBuild } from '../support/shared-build.ts';

// `api-documents` holds five API documents; these tests and api-recursive.test.ts read its one build.
const build = () => sharedBuild('fixture/api-documents');

test('adds a reference page, downloads and a sidebar link for each file of openapi/', async () => {
	const result = await build();
	expect(result.code, result.output).toBe(0);
	for (const id of ['gadgets', 'things', 'fleet']) {
		for (const file of [`reference/${id}/index.html`, `openapi/${id}.yaml`, `openapi/${id}.json`]) {
			expect(existsSync(join(result.outDir, file)), file).toBe(true);
		}
	}
	const list = readFileSync(join(result.outDir, 'reference/index.html'), 'utf8');
	expect(list).toContain('href="/reference/gadgets/"');
	expect(list).toContain('href="/reference/things/"');
	expect(list).toContain('href="/reference/fleet/"');
	const page = readFileSync(join(result.outDir, 'overview/gadgets/index.html'), 'utf8');
	const start = page.search(/<nav[^>]*aria-label="Main"/);
	const sidebar = page.slice(start, page.indexOf('</nav>', start));
	expect(sidebar).toMatch(/href="\/reference\/gadgets\/"[^>]*>\s*<span[^>]*>Gadget API/);
	expect(sidebar).toMatch(/href="\/reference\/things\/"[^>]*>\s*<span[^>]*>Small API/);
	expect(readFileSync(join(result.outDir, 'reference/gadgets/index.html'), 'utf8')).toContain('id="op-putGadget"');
});

test('renders schemas nested deeper than the page shows as closed parts, each written to a parts file', async () => {
	const result = await build();
	expect(result.code, result.output).toBe(0);
	const page = readFileSync(join(result.outDir, 'reference/fleet/index.html'), 'utf8');
	const operation = page.slice(
		page.indexOf('id="op-getFleet-section"'),
		page.indexOf('</section>', page.indexOf('id="op-getFleet-section"')),
	);
	// The schema's own fields are shown; their child attributes are closed, each loaded when opened.
	expect(operation).toMatch(
		/<code class="api-field__name">sites<\/code>.*<details class="api-more" data-part="[0-9a-f]{12}"><summary>Show child attributes <span class="api-more__count">\(fields of each item\)<\/span><\/summary><\/details>/s,
	);
	expect(operation).not.toContain('<code class="api-field__name">label</code>');
	expect(page).toContain('data-parts-url="/reference/fleet/parts/"');

	const shardDigits = Number(/data-parts-shard="(\d)"/.exec(page)?.[1]);
	const ids = [...page.matchAll(/data-part="([0-9a-f]+)"/g)].map((m) => m[1]!);
	expect(ids.length).toBeGreaterThan(0);
	const part = (id: string) =>
		(
			JSON.parse(readFileSync(join(result.outDir, `reference/fleet/parts/${id.slice(0, shardDigits)}.json`), 'utf8')) as Record<
				string,
				string
			>
		)[id];
	for (const id of ids) expect(part(id), id).toBeTruthy();
	// Each part holds one level of fields, and the closed parts of the next.
	const childPart = (html: string, field: string) => part(new RegExp(`${field}</code>.*?data-part="([0-9a-f]+)"`, 's').exec(html)![1]!)!;
	const racks = childPart(childPart(operation, 'sites'), 'racks');
	expect(racks).toContain('<code class="api-field__name">label</code>');
	const sensors = childPart(racks, 'sensors');
	expect(sensors).toContain('<code class="api-field__name">serial</code>');
	expect(childPart(sensors, 'calibration')).toContain('<code class="api-field__name">offsetMillikelvin</code>');
	// A schema that contains itself ends in a closed part that names itself.
	const groups = page.slice(page.indexOf('id="op-getGroups-section"'));
	const group = /children<\/code>.*?data-part="([0-9a-f]+)"/s.exec(groups)![1]!;
	// children › each item: the Group schema's own part, whose children name that part again.
	const itself = /data-part="([0-9a-f]+)"/.exec(part(group)!)![1]!;
	expect(childPart(part(itself)!, 'children')).toContain(`data-part="${itself}"`);
});
