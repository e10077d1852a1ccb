import { expect, test } from 'vitest';
import { buildFixture, problemReport } from '../support/run-astro.ts';

test('fails the build with every problem of the API documents and of the pages’ examples and endpoints', async () => {
	const result = await buildFixture('broken-api');
	expect(result.code).not.toBe(0);
	const report = problemReport(result.output, 'API documents and examples');
	expect(report).toMatchInlineSnapshot(`
		"API documents and examples: 7 problems

		content/docs/specification/things.md:6:60: GET /things: no operation of the API documents has this method and path [endpoints/unknown]
		  fix: write the path relative to the base path /api/v1 exactly as the API defines it
		content/docs/specification/things.md:11:3: /size: does not match Thing: must be string [examples/schema-mismatch]
		  fix: make the example and the schema agree: fix whichever contradicts the specification
		openapi/malformed.yaml:4:12: Nested mappings are not allowed in compact mappings [openapi/yaml-syntax]
		  fix: fix the YAML syntax; indentation and an unquoted \`: \` inside a value are the usual causes
		openapi/malformed.yaml:4:12: Implicit keys need to be on a single line [openapi/yaml-syntax]
		  fix: fix the YAML syntax; indentation and an unquoted \`: \` inside a value are the usual causes
		openapi/old.yaml:1:1: /openapi: OpenAPI 3.2.0 is not supported; this site reads Swagger 2.0 and OpenAPI 3.0 and 3.1 [openapi/unsupported-version]
		  fix: write \`swagger: '2.0'\`, \`openapi: 3.0.x\` or \`openapi: 3.1.x\`; other versions are upgraded to 3.1 when the site is built
		openapi/things.yaml:37:25: /paths/~1things~1{thingId}/put/requestBody/content/application~1json/examples/lamp/value/size: Example value must conform to the schema: \`size\` property must match pattern "^[0-9]+Gi$". [openapi/no-invalid-media-type-examples]
		  fix: make the example and its schema agree: fix whichever contradicts the specification
		openapi/things.yaml:53:17: /paths/~1things~1{thingId}/put/responses/400/content/application~1problem+json/schema: \`$ref: #/components/schemas/Problem\` does not resolve [openapi/no-unresolved-refs]
		  fix: point \`$ref\` at an existing definition, e.g. \`#/components/schemas/<Name>\`; check the spelling
		"
	`);
});
