declare module 'virtual:margo/build-info' {
	const info: import('#shared/build-info.ts').BuildInfo;
	export default info;
}
declare module 'virtual:margo/git-dates' {
	/** ISO date of the newest commit of each content file, keyed by its path from the project root. */
	const dates: Record<string, string>;
	export default dates;
}
declare module 'virtual:margo/requirements' {
	/** Every normative statement of the specification pages, and the retired IDs. */
	const catalog: Pick<import('#features/requirements/catalog.ts').Catalog, 'requirements' | 'retired'>;
	export default catalog;
}
declare module 'virtual:margo/mock-operations' {
	/** The operations of the mock's API document (see `features/mock/integration.ts`). */
	const specs: import('#features/mock/core/request-validation.ts').OperationSpec[];
	export default specs;
}
declare module 'virtual:margo/mock-documents' {
	/** Ids of the API documents the generic mock answers at `<base>mock/<id>/` (all but the management API). */
	export const ids: string[];
}
declare module 'virtual:margo/openapi-sources' {
	/** The project root (absolute) and its API documents, e.g. `openapi/margo-management-api.yaml`. */
	export const root: string;
	export const files: string[];
}
declare module 'virtual:margo/openapi' {
	/** Every API document of `openapi/`, bundled, as plain JSON (safe to import in browser code). */
	const documents: import('#shared/openapi/documents.ts').ApiDocument[];
	export default documents;
}
