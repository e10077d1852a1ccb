import { listOperations, type Operation } from '#shared/openapi/operations.ts';
import type { Json, JsonObject } from '#shared/openapi/json.ts';
import { DocumentSchemas } from './document-schemas.ts';
import { compileChecks, type OperationChecks } from './request-check.ts';
import { RouteTable } from './route-table.ts';
import type { BodyValidator } from './valid-body.ts';

/**
 * One OpenAPI 3.1 document made ready to mock: its operations by path, and the request checks of
 * each operation, compiled on the operation's first request and kept (compiling every operation
 * of a large document up front would cost seconds before the first answer).
 */
export class MockedDocument {
	readonly id: string;
	readonly document: JsonObject;
	readonly routes: RouteTable;
	private readonly schemas: DocumentSchemas;
	private readonly checks = new Map<Operation, OperationChecks>();
	private readonly bodyValidators = new WeakMap<object, BodyValidator>();

	// No parameter properties: `npm run mock` runs this file with Node's type stripping.
	constructor(id: string, document: JsonObject) {
		this.id = id;
		this.document = document;
		this.routes = new RouteTable(listOperations(document));
		this.schemas = new DocumentSchemas(id, document);
	}

	/** The title, for messages. */
	get title(): string {
		const info = this.document['info'];
		const title = typeof info === 'object' && info !== null && !Array.isArray(info) ? info['title'] : undefined;
		return typeof title === 'string' ? title : this.id;
	}

	/** A validator of a response schema, for generated bodies; kept per schema object. */
	readonly validatorFor = (schema: Json): BodyValidator => {
		if (typeof schema !== 'object' || schema === null) return () => true;
		let validate = this.bodyValidators.get(schema);
		if (!validate) this.bodyValidators.set(schema, (validate = this.schemas.compile(schema)));
		return validate;
	};

	checksOf(operation: Operation): OperationChecks {
		let checks = this.checks.get(operation);
		if (!checks) this.checks.set(operation, (checks = compileChecks(this.document, operation, this.schemas)));
		return checks;
	}
}
