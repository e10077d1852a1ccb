/**
 * How to fix a problem of each of Redocly's rules that the lint runs (`lint.ts`), for the rules
 * the catalogue of problem codes (`../problem-codes.ts`) does not already describe. Redocly
 * says what is wrong; a person reading the build's report also needs what to write instead, in
 * the document as written (for a 2.0 or 3.0 document too, though it was checked in its 3.1 form).
 * `lint-fixes.test.ts` checks that every rule the lint runs has a fix here or in the catalogue.
 */
export const LINT_FIXES: Readonly<Record<string, string>> = {
	'info-license': 'add `info.license` with the `name` of the license the document is published under',
	'info-license-strict': 'give `info.license` a `url` or an SPDX `identifier`',
	'no-ambiguous-paths': 'make the paths differ in a fixed segment, or merge them into one path with one parameter',
	'no-duplicated-enum-values': 'list each value of `enum` once',
	'no-duplicated-tag-names': 'define each tag once in the top-level `tags`',
	'no-empty-servers': 'add `servers` with at least one `url`, e.g. `- url: https://api.example.org/v1`',
	'no-enum-type-mismatch': 'make each `enum` value of the schema’s `type`, or widen the `type`',
	'no-example-value-and-externalValue': 'give the example either `value` or `externalValue`, not both',
	'no-identical-paths': 'keep one of the paths; they differ only in the names of their parameters',
	'no-illogical-composition-keywords': 'remove the `allOf`, `anyOf` or `oneOf` that has a single schema or repeats another',
	'no-mixed-number-range-constraints': 'use either `minimum` or `exclusiveMinimum` (and `maximum` or `exclusiveMaximum`), not both',
	'no-path-trailing-slash': 'remove the `/` at the end of the path',
	'no-required-schema-properties-undefined': 'define each name listed in `required` under `properties`, or remove it from `required`',
	'no-schema-type-mismatch': 'make `type` agree with the keywords beside it (`items` needs `array`, `properties` needs `object`)',
	'no-server-example.com': 'point the server `url` at the API’s real host',
	'no-server-trailing-slash': 'remove the `/` at the end of the server `url`: paths start with one',
	'no-server-variables-empty-enum': 'give the server variable’s `enum` at least one value, or remove `enum`',
	'no-undefined-server-variable': 'define each `{name}` of the server `url` under the server’s `variables`',
	'nullable-type-sibling': 'put a `type` beside `nullable: true` (OpenAPI 3.0 ignores `nullable` without one)',
	'operation-2xx-response': 'document the operation’s success: a `2XX` response (or `3XX` for a redirect)',
	'operation-4xx-response': 'document at least one client error response (`4XX`), e.g. `400` for an invalid request',
	'operation-operationId': 'give the operation a unique `operationId`, e.g. `listDevices`; clients and the reference name it by that',
	'operation-operationId-unique': 'rename one of the operations: each `operationId` must be unique in the document',
	'operation-operationId-url-safe': 'write the `operationId` with letters, digits, `-`, `_` and `.` only',
	'operation-parameters-unique': 'list each parameter (name and `in`) once per operation',
	'operation-summary': 'give the operation a `summary`: the one line the reference shows for it',
	'path-declaration-must-exist': 'name the parameter inside the braces, e.g. `/devices/{deviceId}`',
	'path-not-include-query': 'remove the query from the path and define it as `in: query` parameters',
	'path-parameters-defined': 'define each `{name}` of the path as an `in: path` parameter, and only those',
	'security-defined': 'give the operation (or the document) `security`, naming schemes of `components.securitySchemes`; `security: []` for an open one',
	'security-scopes-defined': 'use only scopes the security scheme’s flows define, or add them there',
	'spec-components-invalid-map-name': 'name components with letters, digits, `.`, `-` and `_` only',
	'spec-discriminator-defaultMapping': 'give the discriminator a `defaultMapping` naming one of its schemas',
	'spec-example-values': 'write the example in the form its field takes (`value` holds the example itself)',
	'spec-no-invalid-encoding-combinations': 'use `encoding` only with a form or multipart media type, and only its allowed fields',
	'spec-no-invalid-tag-parents': 'name an existing tag as `parent`, without cycles',
	'spec-querystring-parameters': 'define at most one `in: querystring` parameter, and no `in: query` beside it',
	'spec-ref-siblings': 'move the keywords beside `$ref` into the schema it points at, or wrap both in `allOf`',
	'tag-description': 'give the tag a `description` in the top-level `tags`',
};
