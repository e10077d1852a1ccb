/**
 * A schema of the reference's "Schemas" section is closed until read; a link to it (a type name in
 * an operation, a link from another page) opens it, so the reader lands on its fields.
 */
export function openLinkedSchemas(): void {
	const open = () => {
		const id = decodeURIComponent(location.hash.slice(1));
		const heading = id ? document.getElementById(id) : null;
		const body = heading?.closest('.api-schema-section')?.querySelector<HTMLDetailsElement>(':scope > details.api-schema-body');
		if (body) body.open = true;
	};
	open();
	addEventListener('hashchange', open);
}
