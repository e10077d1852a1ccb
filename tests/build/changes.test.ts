import { beforeAll, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { projectRoot, type BuildResult } from '../support/run-astro.ts';
import { builtSite } from '../support/shared-build.ts';

// The two-commit repository of `changes-repo.ts`, built as a preview that compares with HEAD~1:
// one build for this file and tests/browser/changes.test.ts.
let build: BuildResult;
beforeAll(async () => {
	build = await builtSite('changes-repo');
});

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const withoutCommits = (text: string) => text.replace(/\b[0-9a-f]{40}\b/g, '<commit>');

test('writes /changes.json, valid against its JSON Schema, with every kind of requirement and API change between the two commits', () => {
	const text = readFileSync(join(build.outDir, 'changes.json'), 'utf8');
	const validate = ajv.compile(JSON.parse(readFileSync(join(projectRoot, 'public', 'schemas', 'changes.schema.json'), 'utf8')));
	expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
	const json = JSON.parse(withoutCommits(text));
	expect(json).toMatchInlineSnapshot(`
		{
		  "$schema": "https://margo.example.org/schemas/changes.schema.json",
		  "api": [
		    {
		      "breaking": true,
		      "change": "removed",
		      "description": "[Removed] operation GET /things/{thingId}",
		      "document": "things",
		      "operation": "GET /things/{thingId}",
		      "operationKey": null,
		      "pointer": "/paths/~1things~1{thingId}/get",
		      "type": "breaking",
		      "url": null,
		    },
		    {
		      "breaking": true,
		      "change": "changed",
		      "description": "[Added] required status to \`colour\` in Request Body content (application/json)",
		      "document": "things",
		      "operation": "PUT /things/{thingId}",
		      "operationKey": "putThing",
		      "pointer": "/paths/~1things~1{thingId}/put/requestBody/content/application~1json/schema/required/2",
		      "type": "breaking",
		      "url": "https://margo.example.org/reference/things/#op-putThing",
		    },
		    {
		      "breaking": true,
		      "change": "changed",
		      "description": "[Added] property \`colour\` in Request Body content (application/json)",
		      "document": "things",
		      "operation": "PUT /things/{thingId}",
		      "operationKey": "putThing",
		      "pointer": "/paths/~1things~1{thingId}/put/requestBody/content/application~1json/schema/properties/colour",
		      "type": "breaking",
		      "url": "https://margo.example.org/reference/things/#op-putThing",
		    },
		    {
		      "breaking": false,
		      "change": "changed",
		      "description": "[Added] Response 409",
		      "document": "things",
		      "operation": "PUT /things/{thingId}",
		      "operationKey": "putThing",
		      "pointer": "/paths/~1things~1{thingId}/put/responses/409",
		      "type": "non-breaking",
		      "url": "https://margo.example.org/reference/things/#op-putThing",
		    },
		    {
		      "breaking": true,
		      "change": "changed",
		      "description": "[Added] required query parameter \`dryRun\`",
		      "document": "things",
		      "operation": "PUT /things/{thingId}",
		      "operationKey": "putThing",
		      "pointer": "/paths/~1things~1{thingId}/put/parameters/1",
		      "type": "breaking",
		      "url": "https://margo.example.org/reference/things/#op-putThing",
		    },
		    {
		      "breaking": false,
		      "change": "deprecated",
		      "description": "[Added] deprecated status",
		      "document": "things",
		      "operation": "PUT /things/{thingId}",
		      "operationKey": "putThing",
		      "pointer": "/paths/~1things~1{thingId}/put/deprecated",
		      "type": "deprecated",
		      "url": "https://margo.example.org/reference/things/#op-putThing",
		    },
		    {
		      "breaking": false,
		      "change": "added",
		      "description": "[Added] operation DELETE /things/{thingId}",
		      "document": "things",
		      "operation": "DELETE /things/{thingId}",
		      "operationKey": "deleteThing",
		      "pointer": "/paths/~1things~1{thingId}/delete",
		      "type": "non-breaking",
		      "url": "https://margo.example.org/reference/things/#op-deleteThing",
		    },
		    {
		      "breaking": true,
		      "change": "changed",
		      "description": "add components.schemas.Thing.required.2",
		      "document": "things",
		      "operation": null,
		      "operationKey": null,
		      "pointer": "/components/schemas/Thing/required/2",
		      "type": "breaking",
		      "url": "https://margo.example.org/reference/things/",
		    },
		    {
		      "breaking": true,
		      "change": "changed",
		      "description": "add components.schemas.Thing.properties.colour",
		      "document": "things",
		      "operation": null,
		      "operationKey": null,
		      "pointer": "/components/schemas/Thing/properties/colour",
		      "type": "breaking",
		      "url": "https://margo.example.org/reference/things/",
		    },
		  ],
		  "base": {
		    "commit": "<commit>",
		    "ref": "HEAD~1",
		  },
		  "decisions": [
		    {
		      "after": "withdrawn",
		      "before": "draft",
		      "id": "DT-001",
		      "title": "Polling interval",
		      "url": "https://margo.example.org/decisions/dt-001/",
		    },
		  ],
		  "formatVersion": 1,
		  "head": {
		    "commit": "<commit>",
		  },
		  "pages": [
		    {
		      "before": "https://github.com/margo/specification/blob/<commit>/content/docs/overview/notes.md",
		      "change": "removed",
		      "diff": null,
		      "file": "content/docs/overview/notes.md",
		      "slug": "overview/notes",
		      "title": "Notes",
		      "url": null,
		    },
		    {
		      "before": null,
		      "change": "added",
		      "diff": null,
		      "file": "content/docs/overview/start.md",
		      "slug": "overview/start",
		      "title": "Getting started",
		      "url": "https://margo.example.org/overview/start/",
		    },
		    {
		      "before": "https://github.com/margo/specification/blob/<commit>/content/docs/specification/alpha.md",
		      "change": "changed",
		      "diff": "https://margo.example.org/changes/pages/specification/alpha/",
		      "file": "content/docs/specification/alpha.md",
		      "slug": "specification/alpha",
		      "title": "Alpha",
		      "url": "https://margo.example.org/specification/alpha/",
		    },
		    {
		      "before": "https://github.com/margo/specification/blob/<commit>/content/docs/specification/beta.md",
		      "change": "removed",
		      "diff": null,
		      "file": "content/docs/specification/beta.md",
		      "slug": "specification/beta",
		      "title": "Beta",
		      "url": null,
		    },
		  ],
		  "requirements": [
		    {
		      "after": {
		        "binds": [
		          "device",
		        ],
		        "keyword": "MUST",
		        "page": {
		          "slug": "specification/alpha",
		          "title": "Alpha",
		        },
		        "section": {
		          "anchor": "polling",
		          "title": "Polling",
		        },
		        "source": {
		          "file": "content/docs/specification/alpha.md",
		          "line": 9,
		        },
		        "text": "The device management client MUST poll the manifest every minute.",
		        "url": "https://margo.example.org/specification/alpha/#REQ-ALP-001",
		      },
		      "before": {
		        "binds": [
		          "device",
		        ],
		        "keyword": "SHOULD",
		        "page": {
		          "slug": "specification/alpha",
		          "title": "Alpha",
		        },
		        "section": {
		          "anchor": "polling",
		          "title": "Polling",
		        },
		        "source": {
		          "file": "content/docs/specification/alpha.md",
		          "line": 9,
		        },
		        "text": "The device management client SHOULD poll the manifest every minute.",
		        "url": "https://github.com/margo/specification/blob/<commit>/content/docs/specification/alpha.md#L9",
		      },
		      "change": "strengthened",
		      "changes": [
		        "strengthened",
		      ],
		      "id": "REQ-ALP-001",
		      "page": "https://margo.example.org/specification/alpha/",
		    },
		    {
		      "after": {
		        "binds": [
		          "device",
		        ],
		        "keyword": "MAY",
		        "page": {
		          "slug": "specification/alpha",
		          "title": "Alpha",
		        },
		        "section": {
		          "anchor": "polling",
		          "title": "Polling",
		        },
		        "source": {
		          "file": "content/docs/specification/alpha.md",
		          "line": 10,
		        },
		        "text": "The device management client MAY cache the manifest for an hour.",
		        "url": "https://margo.example.org/specification/alpha/#REQ-ALP-002",
		      },
		      "before": {
		        "binds": [
		          "device",
		        ],
		        "keyword": "MAY",
		        "page": {
		          "slug": "specification/alpha",
		          "title": "Alpha",
		        },
		        "section": {
		          "anchor": "polling",
		          "title": "Polling",
		        },
		        "source": {
		          "file": "content/docs/specification/alpha.md",
		          "line": 10,
		        },
		        "text": "The device management client MAY cache the manifest.",
		        "url": "https://github.com/margo/specification/blob/<commit>/content/docs/specification/alpha.md#L10",
		      },
		      "change": "reworded",
		      "changes": [
		        "reworded",
		      ],
		      "id": "REQ-ALP-002",
		      "page": "https://margo.example.org/specification/alpha/",
		    },
		    {
		      "after": {
		        "binds": [
		          "device",
		        ],
		        "keyword": "SHOULD",
		        "page": {
		          "slug": "specification/alpha",
		          "title": "Alpha",
		        },
		        "section": {
		          "anchor": "polling",
		          "title": "Polling",
		        },
		        "source": {
		          "file": "content/docs/specification/alpha.md",
		          "line": 11,
		        },
		        "text": "The device management client SHOULD retry a failed request.",
		        "url": "https://margo.example.org/specification/alpha/#REQ-ALP-003",
		      },
		      "before": {
		        "binds": [
		          "device",
		        ],
		        "keyword": "MUST",
		        "page": {
		          "slug": "specification/alpha",
		          "title": "Alpha",
		        },
		        "section": {
		          "anchor": "polling",
		          "title": "Polling",
		        },
		        "source": {
		          "file": "content/docs/specification/alpha.md",
		          "line": 11,
		        },
		        "text": "The device management client MUST retry a failed request.",
		        "url": "https://github.com/margo/specification/blob/<commit>/content/docs/specification/alpha.md#L11",
		      },
		      "change": "weakened",
		      "changes": [
		        "weakened",
		      ],
		      "id": "REQ-ALP-003",
		      "page": "https://margo.example.org/specification/alpha/",
		    },
		    {
		      "after": {
		        "binds": [
		          "device",
		        ],
		        "keyword": "MUST",
		        "page": {
		          "slug": "specification/alpha",
		          "title": "Alpha",
		        },
		        "section": {
		          "anchor": "polling",
		          "title": "Polling",
		        },
		        "source": {
		          "file": "content/docs/specification/alpha.md",
		          "line": 12,
		        },
		        "text": "The device management client MUST send its version with each request.",
		        "url": "https://margo.example.org/specification/alpha/#REQ-ALP-008",
		      },
		      "change": "added",
		      "changes": [
		        "added",
		      ],
		      "id": "REQ-ALP-008",
		      "page": "https://margo.example.org/specification/alpha/",
		    },
		    {
		      "after": {
		        "binds": [
		          "device",
		        ],
		        "keyword": "MUST",
		        "page": {
		          "slug": "specification/alpha",
		          "title": "Alpha",
		        },
		        "section": {
		          "anchor": "reporting",
		          "title": "Reporting",
		        },
		        "source": {
		          "file": "content/docs/specification/alpha.md",
		          "line": 16,
		        },
		        "text": "The device management client MUST report its state after each poll.",
		        "url": "https://margo.example.org/specification/alpha/#REQ-ALP-005",
		      },
		      "before": {
		        "binds": [
		          "device",
		        ],
		        "keyword": "MUST",
		        "page": {
		          "slug": "specification/alpha",
		          "title": "Alpha",
		        },
		        "section": {
		          "anchor": "polling",
		          "title": "Polling",
		        },
		        "source": {
		          "file": "content/docs/specification/alpha.md",
		          "line": 13,
		        },
		        "text": "The device management client MUST report its state after each poll.",
		        "url": "https://github.com/margo/specification/blob/<commit>/content/docs/specification/alpha.md#L13",
		      },
		      "change": "moved",
		      "changes": [
		        "moved",
		      ],
		      "id": "REQ-ALP-005",
		      "page": "https://margo.example.org/specification/alpha/",
		    },
		    {
		      "after": {
		        "binds": [
		          "device",
		          "orchestrator",
		        ],
		        "keyword": "MUST",
		        "page": {
		          "slug": "specification/alpha",
		          "title": "Alpha",
		        },
		        "section": {
		          "anchor": "reporting",
		          "title": "Reporting",
		        },
		        "source": {
		          "file": "content/docs/specification/alpha.md",
		          "line": 18,
		        },
		        "text": "The device management client MUST keep a local journal.",
		        "url": "https://margo.example.org/specification/alpha/#REQ-ALP-007",
		      },
		      "before": {
		        "binds": [
		          "device",
		        ],
		        "keyword": "MUST",
		        "page": {
		          "slug": "specification/alpha",
		          "title": "Alpha",
		        },
		        "section": {
		          "anchor": "reporting",
		          "title": "Reporting",
		        },
		        "source": {
		          "file": "content/docs/specification/alpha.md",
		          "line": 18,
		        },
		        "text": "The device management client MUST keep a local journal.",
		        "url": "https://github.com/margo/specification/blob/<commit>/content/docs/specification/alpha.md#L18",
		      },
		      "change": "binds-changed",
		      "changes": [
		        "binds-changed",
		      ],
		      "id": "REQ-ALP-007",
		      "page": "https://margo.example.org/specification/alpha/",
		    },
		    {
		      "before": {
		        "binds": [
		          "device",
		        ],
		        "keyword": "MUST",
		        "page": {
		          "slug": "specification/alpha",
		          "title": "Alpha",
		        },
		        "section": {
		          "anchor": "polling",
		          "title": "Polling",
		        },
		        "source": {
		          "file": "content/docs/specification/alpha.md",
		          "line": 12,
		        },
		        "text": "The device management client MUST log each poll.",
		        "url": "https://github.com/margo/specification/blob/<commit>/content/docs/specification/alpha.md#L12",
		      },
		      "change": "retired",
		      "changes": [
		        "retired",
		      ],
		      "id": "REQ-ALP-004",
		      "page": "https://margo.example.org/specification/alpha/",
		      "retired": "2026-12-01",
		    },
		    {
		      "before": {
		        "binds": [
		          "device",
		        ],
		        "keyword": "MUST",
		        "page": {
		          "slug": "specification/beta",
		          "title": "Beta",
		        },
		        "section": null,
		        "source": {
		          "file": "content/docs/specification/beta.md",
		          "line": 7,
		        },
		        "text": "The device management client MUST send a heartbeat.",
		        "url": "https://github.com/margo/specification/blob/<commit>/content/docs/specification/beta.md#L7",
		      },
		      "change": "removed",
		      "changes": [
		        "removed",
		      ],
		      "id": "REQ-BET-001",
		      "page": "https://margo.example.org/specification/beta/",
		    },
		  ],
		  "summary": {
		    "api": {
		      "breaking": 6,
		      "changes": 9,
		      "deprecated": 1,
		      "operationsAdded": 1,
		      "operationsRemoved": 1,
		    },
		    "decisions": 1,
		    "newStatements": 0,
		    "pages": {
		      "added": 1,
		      "changed": 1,
		      "removed": 2,
		    },
		    "requirements": {
		      "added": 1,
		      "binds-changed": 1,
		      "moved": 1,
		      "new": 0,
		      "removed": 1,
		      "retired": 1,
		      "reworded": 1,
		      "strengthened": 1,
		      "weakened": 1,
		    },
		    "requirementsChanged": 8,
		  },
		  "unreadable": [
		    {
		      "document": "gadgets",
		      "file": "HEAD~1:openapi/gadgets.yaml",
		      "message": "HEAD~1:openapi/gadgets.yaml:5:1: Flow sequence in block collection must be sufficiently indented and end with a ]",
		    },
		  ],
		}
	`);
});

test('says in the preview notice how much changed, linking to /changes/, and writes a word diff per changed page', () => {
	const page = readFileSync(join(build.outDir, 'specification', 'alpha', 'index.html'), 'utf8');
	expect(page).toMatch(
		/8 requirements changed, 6 breaking API changes — <a href="\/changes\/" data-changes-link[^>]*>see what changes<\/a>/,
	);
	expect(existsSync(join(build.outDir, 'changes', 'pages', 'specification', 'alpha', 'index.html'))).toBe(true);
	expect(existsSync(join(build.outDir, 'changes', 'pages', 'overview', 'start', 'index.html'))).toBe(false);
});

test('warns about the API document the base cannot parse and compares the others', () => {
	expect(build.output).toContain(
		'not compared: HEAD~1:openapi/gadgets.yaml:5:1: Flow sequence in block collection must be sufficiently indented and end with a ]',
	);
});
