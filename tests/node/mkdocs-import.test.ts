import { expect, test, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { drawioSvg } from '../support/drawio-svg.ts';
import { projectRoot } from '../support/run-astro.ts';

const cli = join(projectRoot, 'src/features/mkdocs-import/cli.ts');

// Each test runs the command a few times, a second or so each on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

/** A fresh site (with `content/docs/`) holding a copy of a fixture MkDocs project in `mkdocs-src/`. */
function siteWith(fixture: string): string {
	const site = mkdtempSync(join(tmpdir(), 'margo-mkdocs-'));
	mkdirSync(join(site, 'content/docs'), { recursive: true });
	cpSync(join(projectRoot, 'tests/fixtures', fixture), join(site, 'mkdocs-src'), { recursive: true });
	return site;
}

/** Runs the command as `npm run import:mkdocs -- mkdocs-src ...args` from the site folder would. */
function run(site: string, ...args: string[]): { code: number; output: string } {
	const env: NodeJS.ProcessEnv = { ...process.env, INIT_CWD: site, MARGO_REPOSITORY: 'margo/specification' };
	delete env['MARGO_BRANCH'];
	const result = spawnSync(process.execPath, [cli, 'mkdocs-src', ...args], { cwd: site, env, encoding: 'utf8' });
	return { code: result.status ?? -1, output: result.stdout + result.stderr };
}

/** Every file under `content/` and `public/` with its bytes, to show what an import changed. */
function tree(site: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const top of ['content', 'public']) {
		if (!existsSync(join(site, top))) continue;
		for (const entry of readdirSync(join(site, top), { recursive: true, withFileTypes: true })) {
			if (entry.isFile())
				files[relative(site, join(entry.parentPath, entry.name))] = readFileSync(join(entry.parentPath, entry.name), 'latin1');
		}
	}
	return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
}

const page = (site: string, path: string) => readFileSync(join(site, 'content/docs/spec', path), 'utf8');

test('imports a nested nav of 20 pages with figures from a sibling folder, and reports what it did', () => {
	const site = siteWith('mkdocs-nested');
	const { code, output } = run(site, '--into', 'spec');
	expect(output).toMatchInlineSnapshot(`
		"Imported mkdocs-src into content/docs/spec/
		  pages: 19 in nav, 1 unlisted
		  figures: 5, other files: 1
		  links: 15 rewritten to this site's pages, 2 to files on GitHub
		  files: 26 written, 0 unchanged, 0 removed
		  converted: abbreviation 5, admonition 8, collapsible block 3, content tab 2, heading attribute 2, image attribute 1, markdown in HTML 1, snippet 2, unconvertible (left as a note) 3

		Warnings (6):
		mkdocs-src/mkdocs.yml:3: \`!ENV\` reads an environment variable; the import never reads the environment and takes the value as its default \`https://example.org/margo/\` [mkdocs/env-tag]
		  fix: write the value itself in mkdocs.yml if the import should use it
		mkdocs-src/mkdocs.yml:56: nav entry \`Issue tracker\` links to https://github.com/margo/specification/issues; links to other sites are not imported [mkdocs/nav-external-link]
		  fix: add it to the sidebar by hand if the site should keep it
		mkdocs-src/system-design/api-reference/generated.md:5: MkDocs macro \`{{ config.extra.edition }}\` cannot be converted; it is left in the page as a visible note [mkdocs/unconverted]
		  fix: replace it with the text MkDocs rendered for it, then re-run the import
		mkdocs-src/system-design/api-reference/generated.md:7: MkDocs macro \`{% include "edition-table.md" %}\` cannot be converted; it is left in the page as a visible note [mkdocs/unconverted]
		  fix: replace it with the text MkDocs rendered for it, then re-run the import
		mkdocs-src/system-design/api-reference/generated.md:9: mkdocstrings block \`::: margo.models.deployment\` cannot be converted; it is left in the page as a visible note [mkdocs/unconverted]
		  fix: replace it with the text MkDocs rendered for it, then re-run the import
		mkdocs-src/system-design/drafts/unlisted-notes.md:1: the page is not in nav; imported as an unlisted page (hidden from the sidebar) [mkdocs/unlisted-page]
		  fix: add it to nav in mkdocs.yml to list it in the sidebar, or pass --only-nav to leave it out
		"
	`);
	expect(code).toBe(0);
	expect(Object.keys(tree(site))).toMatchInlineSnapshot(`
		[
		  "content/docs/spec/_assets/figures/app-package.drawio.svg",
		  "content/docs/spec/_assets/figures/desired-state.png",
		  "content/docs/spec/_assets/figures/onboarding-sequence.drawio.svg",
		  "content/docs/spec/_assets/figures/state-machine.svg",
		  "content/docs/spec/.mkdocs-import.json",
		  "content/docs/spec/application-distribution/application-description.md",
		  "content/docs/spec/application-distribution/application-package.md",
		  "content/docs/spec/application-distribution/helm-and-compose.md",
		  "content/docs/spec/application-distribution/package-registry.md",
		  "content/docs/spec/device-interoperability/capabilities.md",
		  "content/docs/spec/device-interoperability/device-roles.md",
		  "content/docs/spec/device-interoperability/observability.md",
		  "content/docs/spec/device-interoperability/onboarding.md",
		  "content/docs/spec/drafts/unlisted-notes.md",
		  "content/docs/spec/index.md",
		  "content/docs/spec/management-api-reference/generated.md",
		  "content/docs/spec/management-api-reference/management-interface.md",
		  "content/docs/spec/management-api-reference/security.md",
		  "content/docs/spec/orchestration/deployment-status.md",
		  "content/docs/spec/orchestration/desired-state.md",
		  "content/docs/spec/orchestration/fleet-rollouts/rollout-waves.md",
		  "content/docs/spec/orchestration/fleet-rollouts/workload-fleet.md",
		  "content/docs/spec/overview/introduction.md",
		  "content/docs/spec/overview/personas.md",
		  "content/docs/spec/overview/terminology.md",
		  "public/spec/_assets/figures/margo-overview.pdf",
		  "public/spec/_assets/figures/state-machine.svg",
		]
	`);
	expect(JSON.parse(page(site, '.mkdocs-import.json')).sections).toMatchInlineSnapshot(`
		[
		  {
		    "folder": "overview",
		    "label": "Overview",
		    "order": 2,
		  },
		  {
		    "folder": "application-distribution",
		    "label": "Application Distribution",
		    "order": 3,
		  },
		  {
		    "folder": "device-interoperability",
		    "label": "Device Interoperability",
		    "order": 4,
		  },
		  {
		    "folder": "orchestration",
		    "label": "Orchestration",
		    "order": 5,
		  },
		  {
		    "folder": "orchestration/fleet-rollouts",
		    "label": "Fleet Rollouts",
		    "order": 3,
		  },
		  {
		    "folder": "management-api-reference",
		    "label": "Management API Reference",
		    "order": 6,
		  },
		]
	`);
	expect(page(site, 'application-distribution/application-package.md')).toMatchInlineSnapshot(`
		"---
		title: Application package
		description: An application package is a folder in a Git repository that holds everything an operator needs to install the application.
		sidebar:
		  label: Application Package
		  order: 1
		---

		An application package is a folder in a Git repository that holds everything an operator needs to install the application.

		![Layout of an application package: a description file, resources and deployment profiles](../_assets/figures/app-package.drawio.svg)

		## Package layout

		The package holds a description file, a resources folder and one or more deployment profiles.

		:::note[Naming]
		The description file is called \`margo.yaml\`; any other name is ignored.
		:::

		:::caution[Warning]
		A package without a deployment profile cannot be installed.
		:::

		## Versioning

		Packages follow semantic versioning; see the [description format](/spec/application-distribution/application-description/#description-format).

		:::note[Conformance]
		A package conforms when it passes the checks of the conformance suite.
		:::
		"
	`);
	expect(page(site, 'application-distribution/helm-and-compose.md')).toMatchInlineSnapshot(`
		"---
		title: Helm and Compose
		description: A package may deploy with Helm on Kubernetes devices or with Compose on single-host devices.
		sidebar:
		  label: Helm and Compose
		  order: 4
		---

		A package may deploy with Helm on Kubernetes devices or with Compose on single-host devices.

		## Deploying

		### Helm

		Install with the chart named in the profile:

		\`\`\`sh
		helm install sensor-hub ./chart
		\`\`\`

		### Compose

		Start the services of the Compose file:

		\`\`\`sh
		docker compose up -d
		\`\`\`

		## Choosing

		Pick the profile that matches the [device role](/spec/device-interoperability/device-roles/#cluster-leader).
		"
	`);
	expect(page(site, 'device-interoperability/onboarding.md')).toMatchInlineSnapshot(`
		"---
		title: Onboarding
		description: Before it can receive workloads, a device proves who it is to the fleet manager.
		sidebar:
		  label: Onboarding
		  order: 2
		---

		Before it can receive workloads, a device proves who it is to the fleet manager.

		<figure>

		![Onboarding sequence between the device and the fleet manager](../_assets/figures/onboarding-sequence.drawio.svg)

		</figure>

		## Steps

		1. The device downloads the fleet manager's certificate.
		2. It sends its own certificate.
		3. It receives a client identifier.

		<details>
		<summary>What if the certificate expired?</summary>

		The device must be re-provisioned by the device vendor's tool.

		</details>
		"
	`);
	expect(page(site, 'overview/terminology.md')).toMatchInlineSnapshot(`
		"---
		title: Terminology
		description: Words with a precise meaning in this standard. The WFM and the DMC talk over HTTPS.
		sidebar:
		  label: Terminology
		  order: 3
		---

		Words with a precise meaning in this standard. The <abbr title="Workload Fleet Manager">WFM</abbr> and the <abbr title="Device Management Client">DMC</abbr> talk over HTTPS[^transport].

		| Term | Meaning |
		| ---- | ------- |
		| Workload | A unit of software the <abbr title="Workload Fleet Manager">WFM</abbr> places on a device. |
		| Device | A machine at the edge that runs workloads. |

		The <abbr title="Device Management Client">DMC</abbr> polls the <abbr title="Workload Fleet Manager">WFM</abbr> for its desired state.

		[^transport]: Mutual TLS is described in [Security](/spec/management-api-reference/security/#mutual-tls).
		"
	`);
	expect(page(site, 'orchestration/fleet-rollouts/workload-fleet.md')).toMatchInlineSnapshot(`
		"---
		title: Workload fleet
		description: The fleet is every device one fleet manager manages, grouped by site.
		sidebar:
		  label: Workload Fleet
		  order: 1
		---

		The fleet is every device one fleet manager manages, grouped by site.

		## Groups

		Operators group devices by site, by role or by any label they choose.

		## Size

		A fleet may hold a handful of devices on one site or thousands across a region.
		"
	`);
	expect(page(site, 'management-api-reference/management-interface.md')).toMatchInlineSnapshot(`
		"---
		title: Management interface
		description: The device and the fleet manager talk over a REST interface described in OpenAPI.
		sidebar:
		  label: Management Interface
		  order: 1
		---

		The device and the fleet manager talk over a REST interface described in [OpenAPI](https://github.com/margo/specification/blob/pre-draft/api/openapi.yaml).

		## Endpoints

		- \`GET /api/v1/clients/{clientId}/deployments\`: the desired state.
		- \`POST /api/v1/clients/{clientId}/status\`: a deployment status report.

		The release notes live in the repository's [changelog](https://github.com/margo/specification/blob/pre-draft/CHANGELOG.md).
		"
	`);
	expect(page(site, 'management-api-reference/generated.md')).toMatchInlineSnapshot(`
		"---
		title: Generated reference
		description: This page was generated by plugins when the site was built with MkDocs.
		sidebar:
		  label: Generated Reference
		  order: 3
		---

		This page was generated by plugins when the site was built with MkDocs.

		Current edition: \`{{ config.extra.edition }}\`.

		:::caution[Not imported from MkDocs]
		The MkDocs page ran a Jinja statement (mkdocs-macros) here: MkDocs macro \`{% include "edition-table.md" %}\`. This site does not run it; replace this note with the text it produced.
		:::

		:::caution[Not imported from MkDocs]
		The MkDocs page generated API documentation from Python code here: mkdocstrings block \`::: margo.models.deployment\`. This site does not run it; replace this note with the text it produced.
		:::
		"
	`);
	expect(page(site, 'drafts/unlisted-notes.md')).toMatchInlineSnapshot(`
		"---
		title: Notes on rollback
		description: Working notes on rolling back a failed wave; not yet part of the nav.
		sidebar:
		  hidden: true
		---

		Working notes on rolling back a failed wave; not yet part of the nav.
		"
	`);
	expect(readFileSync(join(site, 'content/docs/spec/_assets/figures/app-package.drawio.svg'))).toEqual(
		readFileSync(join(site, 'mkdocs-src/figures/app-package.drawio.svg')),
	);
});

test('changes nothing on a second run, updates pages whose source changed, and refuses to overwrite a hand edit unless --force', () => {
	const site = siteWith('mkdocs-nested');
	expect(run(site, '--into', 'spec').code).toBe(0);
	const first = tree(site);
	const again = run(site, '--into', 'spec');
	expect(again.output).toContain('files: 0 written, 26 unchanged, 0 removed');
	expect(tree(site)).toEqual(first);

	appendFileSync(join(site, 'mkdocs-src/system-design/overview/personas.md'), '\n## Integrator\n\nConnects applications to the site.\n');
	expect(run(site, '--into', 'spec').output).toContain('files: 1 written, 25 unchanged, 0 removed');
	expect(page(site, 'overview/personas.md')).toContain('## Integrator');

	const config = join(site, 'mkdocs-src/mkdocs.yml');
	writeFileSync(config, readFileSync(config, 'utf8').replace('      - Observability: device-interoperability/observability.md\n', ''));
	rmSync(join(site, 'mkdocs-src/system-design/device-interoperability/observability.md'));
	// The page and the figure only it showed (copied to public/ for its <img>) go.
	expect(run(site, '--into', 'spec').output).toContain('files: 0 written, 24 unchanged, 2 removed');
	expect(existsSync(join(site, 'content/docs/spec/device-interoperability/observability.md'))).toBe(false);
	expect(existsSync(join(site, 'public/spec/_assets/figures/state-machine.svg'))).toBe(false);

	writeFileSync(
		join(site, 'content/docs/spec/overview/introduction.md'),
		page(site, 'overview/introduction.md').replace('Edge sites', 'Factories'),
	);
	appendFileSync(join(site, 'mkdocs-src/system-design/overview/introduction.md'), '\nMore.\n');
	const edited = tree(site);
	const refused = run(site, '--into', 'spec');
	expect(refused.code).toBe(1);
	expect(refused.output.split('\n\nWarnings')[0]).toMatchInlineSnapshot(`
		"Import of mkdocs-src stopped: 1 error; nothing was written.
		  pages: 18 in nav, 1 unlisted
		  figures: 4, other files: 1
		  links: 15 rewritten to this site's pages, 2 to files on GitHub
		  converted: abbreviation 5, admonition 8, collapsible block 3, content tab 2, heading attribute 2, image attribute 1, markdown in HTML 1, snippet 2, unconvertible (left as a note) 3

		Errors (1):
		content/docs/spec/overview/introduction.md:3: the page was edited by hand since the last import; the import would overwrite or delete it [mkdocs/hand-edited]
		  fix: carry the edit over to the MkDocs source and re-run, or pass --force to discard it"
	`);
	expect(tree(site)).toEqual(edited);

	const forced = run(site, '--into', 'spec', '--force');
	expect(forced.code).toBe(0);
	expect(page(site, 'overview/introduction.md')).toContain('Edge sites');
});

test('refuses a target folder holding pages no import wrote, writing nothing', () => {
	const site = siteWith('mkdocs-nested');
	mkdirSync(join(site, 'content/docs/spec'), { recursive: true });
	writeFileSync(join(site, 'content/docs/spec/notes.md'), '---\ntitle: Notes\n---\nWritten by hand.\n');
	const before = tree(site);
	const { code, output } = run(site, '--into', 'spec');
	expect(code).toBe(1);
	expect(output.split('\n\nWarnings')[0]).toMatchInlineSnapshot(`
		"Import of mkdocs-src stopped: 1 error; nothing was written.
		  pages: 19 in nav, 1 unlisted
		  figures: 5, other files: 1
		  links: 15 rewritten to this site's pages, 2 to files on GitHub
		  converted: abbreviation 5, admonition 8, collapsible block 3, content tab 2, heading attribute 2, image attribute 1, markdown in HTML 1, snippet 2, unconvertible (left as a note) 3

		Errors (1):
		content/docs/spec/notes.md:1: the target folder content/docs/spec holds this page, which no earlier import wrote [mkdocs/foreign-page]
		  fix: move the page out of the folder, import into an empty folder with --into, or pass --force to import beside it"
	`);
	expect(tree(site)).toEqual(before);
});

test('skips pages outside the nav with --only-nav and reports each', () => {
	const site = siteWith('mkdocs-nested');
	const { code, output } = run(site, '--into', 'spec', '--only-nav');
	expect(code).toBe(0);
	expect(output).toContain('pages: 19 in nav, 0 unlisted');
	expect(output).not.toContain('includes/conformance-note.md');
	expect(output).toContain(
		'mkdocs-src/system-design/drafts/unlisted-notes.md:1: the page is not in nav; skipped (--only-nav) [mkdocs/unlisted-page]',
	);
	expect(existsSync(join(site, 'content/docs/spec/drafts'))).toBe(false);
	expect(output).toContain(
		'mkdocs-src/system-design/orchestration/rollout-waves.md:7: link to `../drafts/unlisted-notes.md`, a page not imported (--only-nav); it now links to the page on GitHub [mkdocs/link-to-skipped-page]',
	);
	expect(page(site, 'orchestration/fleet-rollouts/rollout-waves.md')).toContain(
		'[rollback notes](https://github.com/margo/specification/blob/pre-draft/system-design/drafts/unlisted-notes.md)',
	);
});

test('reports every bad input with file:line and writes nothing', () => {
	const site = siteWith('mkdocs-broken');
	const { code, output } = run(site, '--into', 'broken');
	expect(code).toBe(1);
	expect(output).toMatchInlineSnapshot(`
		"Import of mkdocs-src stopped: 5 errors; nothing was written.
		  pages: 3 in nav, 0 unlisted
		  figures: 0, other files: 0
		  links: 1 rewritten to this site's pages, 0 to files on GitHub

		Errors (5):
		mkdocs-src/docs/index.md:3: link to missing page \`guide/instal.md\` [mkdocs/broken-link]
		  fix: did you mean \`guide/setup.md\`? Correct the link in the MkDocs page
		mkdocs-src/docs/index.md:7: image \`../figures/gone.svg\` names a file that does not exist (mkdocs-src/figures/gone.svg) [mkdocs/missing-file]
		  fix: correct the path in the MkDocs page (it is relative to the page), or add the missing file
		mkdocs-src/docs/legacy.md:3: the file is not valid UTF-8 (byte 0xE9 at column 42) [mkdocs/not-utf8]
		  fix: save the file as UTF-8, e.g. \`iconv -f windows-1252 -t utf-8 file > file.new && mv file.new file\`
		mkdocs-src/mkdocs.yml:7: two nav entries in section \`Guide\` are labelled \`Setup\` (the other is at line 6) [mkdocs/nav-duplicate-label]
		  fix: give one of them another label in mkdocs.yml; the sidebar could not tell them apart
		mkdocs-src/mkdocs.yml:8: nav entry names \`guide/not-there.md\`, which is not a file of docs_dir [mkdocs/nav-missing-file]
		  fix: correct the path in mkdocs.yml (it is relative to docs_dir) or remove the entry

		Warnings (1):
		mkdocs-src/docs/index.md:5: link \`guide/setup.md#configure\` names the anchor \`#configure\`, which no heading of guide/setup.md has; it now goes to the page: \`guide/setup.md#configure\` → \`/broken/guide/setup/\` [mkdocs/broken-anchor]
		  fix: link to a heading that exists (the page has \`#setup\`, \`#configuration\`), or drop the \`#anchor\`, then re-import
		"
	`);
	expect(tree(site)).toEqual({});
});

test('reports a folder without mkdocs.yml', () => {
	const site = siteWith('mkdocs-broken');
	const result = spawnSync(process.execPath, [cli, 'content'], { cwd: site, env: { ...process.env, INIT_CWD: site }, encoding: 'utf8' });
	expect(result.status).toBe(1);
	expect(result.stdout).toMatchInlineSnapshot(`
		"Import of content stopped: 1 error; nothing was written.

		Errors (1):
		content/mkdocs.yml: no mkdocs.yml in content [mkdocs/no-config]
		  fix: pass the folder that holds mkdocs.yml (the root of the MkDocs project), e.g. \`npm run import:mkdocs -- ../specification\`
		"
	`);
});

test('lists pages by folder when mkdocs.yml has no nav: index first, then pages, then folders', () => {
	const site = siteWith('mkdocs-folders');
	expect(run(site, '--into', 'notes').code).toBe(0);
	const pages = Object.entries(tree(site))
		.filter(([file]) => file.endsWith('.md'))
		.map(([file, text]) => `${file} ${/order: (\d+)/.exec(text)?.[1]} ${/title: (.*)/.exec(text)?.[1]}`);
	expect(pages).toMatchInlineSnapshot(`
		[
		  "content/docs/notes/alpha.md 2 Alpha notes",
		  "content/docs/notes/guides/start.md 1 Getting started",
		  "content/docs/notes/index.md 1 Welcome",
		  "content/docs/notes/reference/fields.md 1 Field reference",
		  "content/docs/notes/zeta.md 3 Zeta notes",
		]
	`);
	expect(JSON.parse(readFileSync(join(site, 'content/docs/notes/.mkdocs-import.json'), 'utf8')).sections).toMatchInlineSnapshot(`
		[
		  {
		    "folder": "guides",
		    "label": "Guides",
		    "order": 4,
		  },
		  {
		    "folder": "reference",
		    "label": "Reference",
		    "order": 5,
		  },
		]
	`);
	expect(readFileSync(join(site, 'content/docs/notes/guides/start.md'), 'utf8')).toContain('[alpha](/notes/alpha/)');
});

test('reproduces the imported fixture site exactly: tests/fixtures/mkdocs-site holds the current output', () => {
	const site = mkdtempSync(join(tmpdir(), 'margo-mkdocs-'));
	cpSync(join(projectRoot, 'tests/fixtures/mkdocs-site/content'), join(site, 'content'), { recursive: true });
	cpSync(join(projectRoot, 'tests/fixtures/mkdocs-site/public'), join(site, 'public'), { recursive: true });
	const source = join(projectRoot, 'tests/fixtures/mkdocs-nested');
	const result = spawnSync(process.execPath, [cli, source, '--into', 'spec'], {
		cwd: site,
		env: { ...process.env, INIT_CWD: site },
		encoding: 'utf8',
	});
	expect(result.status, result.stdout).toBe(0);
	// If this fails after a change to the importer, re-import the fixture (see tests/fixtures/mkdocs-site/README.md).
	expect(result.stdout).toContain('files: 0 written, 26 unchanged, 0 removed');
});

test('gives imported specification pages requirement IDs with a new prefix each, and keeps them on re-import', () => {
	const site = siteWith('mkdocs-nested');
	writeFileSync(
		join(site, 'content/requirements.yaml'),
		'# Kept comment.\nprefixes:\n  specification/status.md: STS\nissued:\n  STS: 3\nretired: []\n',
	);
	const security = join(site, 'mkdocs-src/system-design/api-reference/security.md');
	writeFileSync(
		security,
		readFileSync(security, 'utf8').replace(
			'## Payload signatures',
			'The device MUST reject a certificate it cannot verify. It SHOULD log the refusal.\n\n## Payload signatures',
		),
	);
	const first = run(site, '--into', 'specification/imported');
	expect(first.code).toBe(0);
	expect(first.output).toContain(
		'requirement IDs (as npm run req:ids): 2 assigned, 0 kept from the last import, 0 retired; new prefixes in content/requirements.yaml: specification/imported/management-api-reference/security.md: SEC',
	);
	const page = join(site, 'content/docs/specification/imported/management-api-reference/security.md');
	expect(readFileSync(page, 'utf8')).toContain(
		'The device MUST reject a certificate it cannot verify. {#REQ-SEC-001} It SHOULD log the refusal. {#REQ-SEC-002}',
	);
	expect(first.output).toContain(
		'content/docs/specification/imported/management-api-reference/security.md:15: REQ-SEC-002 does not say whom it binds ("It SHOULD log the refusal."); the build\'s requirement check will refuse it [mkdocs/unknown-party]',
	);
	expect(readFileSync(join(site, 'content/requirements.yaml'), 'utf8')).toMatchInlineSnapshot(`
		"# Kept comment.
		prefixes:
		  specification/status.md: STS
		  specification/imported/management-api-reference/security.md: SEC
		issued:
		  SEC: 2
		  STS: 3
		retired: []
		"
	`);

	writeFileSync(security, readFileSync(security, 'utf8').replace(' It SHOULD log the refusal.', ' It MAY retry once.'));
	const second = run(site, '--into', 'specification/imported');
	expect(second.output).toContain('requirement IDs (as npm run req:ids): 1 assigned, 1 kept from the last import, 1 retired');
	expect(readFileSync(page, 'utf8')).toContain(
		'The device MUST reject a certificate it cannot verify. {#REQ-SEC-001} It MAY retry once. {#REQ-SEC-003}',
	);
	expect(readFileSync(join(site, 'content/requirements.yaml'), 'utf8')).toContain('- id: REQ-SEC-002\n    retired: ');
	expect(run(site, '--into', 'specification/imported').output).toContain('0 written');
});

test('changes only the page whose links the source fixed when a project is imported again', () => {
	const site = siteWith('mkdocs-drawio');
	mkdirSync(join(site, 'mkdocs-src/docs/figures'));
	writeFileSync(join(site, 'mkdocs-src/docs/figures/architecture.drawio.svg'), drawioSvg('Catalog service'));
	expect(run(site, '--into', 'spec').code).toBe(0);
	const first = tree(site);
	const index = join(site, 'mkdocs-src/docs/index.md');

	// The link the import sent to the close heading was fixed the same way: nothing changes.
	writeFileSync(index, readFileSync(index, 'utf8').replace('#catalog-attribute)', '#catalog-attributes)'));
	const same = run(site, '--into', 'spec');
	expect(same.output).toContain('files: 0 written, 4 unchanged, 0 removed');
	expect(same.output).toContain('Warnings (2)');
	expect(tree(site)).toEqual(first);

	// The link sent to the top of the page now names a heading: that page alone changes, and the manifest's record of it.
	writeFileSync(index, readFileSync(index, 'utf8').replace('#retention-policy-for-old-entries', '#entry-states'));
	expect(run(site, '--into', 'spec').output).toContain('files: 1 written, 3 unchanged, 0 removed');
	const second = tree(site);
	const changed = Object.keys(second).filter((file) => second[file] !== first[file]);
	expect(changed).toEqual(['content/docs/spec/.mkdocs-import.json', 'content/docs/spec/index.md']);
	expect(second['content/docs/spec/index.md']).toContain('[retention rules](/spec/catalog/#entry-states)');
	expect(Object.keys(second)).toEqual(Object.keys(first));
});
