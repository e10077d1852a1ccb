/**
 * Fills a closed `<details data-part>` of the reference with its fields or example when a reader
 * opens it, from the JSON file of parts written at build time (`render/deferred-parts.ts`). Each
 * file is fetched once per page; parts hold further closed `<details>`, filled the same way.
 */
export function enhanceDeferredParts(): void {
	const root = document.querySelector<HTMLElement>('.api-reference');
	const folder = root?.dataset['partsUrl'];
	if (!root || !folder) return;
	const digits = Number(root.dataset['partsShard'] ?? '1');
	const shards = new Map<string, Promise<Record<string, string>>>();

	const shard = (name: string) => {
		let request = shards.get(name);
		if (!request) {
			request = fetch(`${folder}${name}.json`).then((response) => {
				if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
				return response.json() as Promise<Record<string, string>>;
			});
			// A failed request is tried again the next time a part of it opens.
			request.catch(() => shards.delete(name));
			shards.set(name, request);
		}
		return request;
	};

	// `toggle` does not bubble: one listener in the capture phase serves every `<details>`, those
	// inserted later included.
	root.addEventListener(
		'toggle',
		(event) => {
			const details = event.target;
			if (!(details instanceof HTMLDetailsElement) || !details.open) return;
			const id = details.dataset['part'];
			if (!id || details.dataset['partState']) return;
			details.dataset['partState'] = 'loading';
			details.setAttribute('aria-busy', 'true');
			shard(id.slice(0, digits))
				.then((parts) => {
					const html = parts[id];
					if (html === undefined) throw new Error(`part ${id} is missing`);
					// Built from the API document at build time, its Markdown already made safe.
					details.insertAdjacentHTML('beforeend', html);
					details.dataset['partState'] = 'loaded';
				})
				.catch((error: unknown) => {
					const message = document.createElement('p');
					message.className = 'api-more__error';
					message.textContent = `Could not load this part of the reference (${error instanceof Error ? error.message : String(error)}). Close and open it to try again.`;
					details.append(message);
					delete details.dataset['partState'];
					details.addEventListener('toggle', () => message.remove(), { once: true });
				})
				.finally(() => details.removeAttribute('aria-busy'));
		},
		true,
	);
}
