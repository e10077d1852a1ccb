import { expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readImportedSidebars } from './imported-sidebar.ts';

const fixtureSite = fileURLToPath(new URL('../../../tests/fixtures/mkdocs-site', import.meta.url));

test('lists an imported specification in nav order under the nav labels, without unlisted pages', () => {
	expect(readImportedSidebars(fixtureSite)).toMatchInlineSnapshot(`
		[
		  {
		    "folder": "spec",
		    "items": [
		      {
		        "slug": "spec",
		      },
		      {
		        "items": [
		          {
		            "slug": "spec/overview/introduction",
		          },
		          {
		            "slug": "spec/overview/personas",
		          },
		          {
		            "slug": "spec/overview/terminology",
		          },
		        ],
		        "label": "Overview",
		      },
		      {
		        "items": [
		          {
		            "slug": "spec/application-distribution/application-package",
		          },
		          {
		            "slug": "spec/application-distribution/application-description",
		          },
		          {
		            "slug": "spec/application-distribution/package-registry",
		          },
		          {
		            "slug": "spec/application-distribution/helm-and-compose",
		          },
		        ],
		        "label": "Application Distribution",
		      },
		      {
		        "items": [
		          {
		            "slug": "spec/device-interoperability/device-roles",
		          },
		          {
		            "slug": "spec/device-interoperability/onboarding",
		          },
		          {
		            "slug": "spec/device-interoperability/capabilities",
		          },
		          {
		            "slug": "spec/device-interoperability/observability",
		          },
		        ],
		        "label": "Device Interoperability",
		      },
		      {
		        "items": [
		          {
		            "slug": "spec/orchestration/desired-state",
		          },
		          {
		            "slug": "spec/orchestration/deployment-status",
		          },
		          {
		            "items": [
		              {
		                "slug": "spec/orchestration/fleet-rollouts/workload-fleet",
		              },
		              {
		                "slug": "spec/orchestration/fleet-rollouts/rollout-waves",
		              },
		            ],
		            "label": "Fleet Rollouts",
		          },
		        ],
		        "label": "Orchestration",
		      },
		      {
		        "items": [
		          {
		            "slug": "spec/management-api-reference/management-interface",
		          },
		          {
		            "slug": "spec/management-api-reference/security",
		          },
		          {
		            "slug": "spec/management-api-reference/generated",
		          },
		        ],
		        "label": "Management API Reference",
		      },
		    ],
		    "label": "Margo specification (test fixture)",
		  },
		]
	`);
});
