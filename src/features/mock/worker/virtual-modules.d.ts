// The modules the mock's service worker is built with (`integration.ts`).
declare module 'virtual:margo/mock-operations' {
	/** The operations of the mock's API document (see `features/mock/integration.ts`). */
	const specs: import('#features/mock/core/request-validation.ts').OperationSpec[];
	export default specs;
}
declare module 'virtual:margo/mock-documents' {
	/** Ids of the API documents the generic mock answers at `<base>mock/<id>/` (all but the management API). */
	export const ids: string[];
}
