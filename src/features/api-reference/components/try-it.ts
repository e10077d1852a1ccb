/**
 * The only script every reference page loads (about a kilobyte): it reveals the "Try it"
 * buttons and, on the first press, fetches Scalar and the document. Pages stay fast however
 * large the document, and readers who never try a request never download Scalar.
 *
 * The client opens in a modal `<dialog>`: the browser's top layer, above Starlight's sidebars,
 * which would otherwise cover Scalar's full-screen request client.
 */
export function enhanceTryIt(): void {
	const root = document.querySelector<HTMLElement>('.api-reference');
	if (!root) return;
	const dialogs = new Map<string, HTMLDialogElement>();
	for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-try]')) {
		button.hidden = false;
		button.addEventListener('click', async () => {
			const key = button.dataset['try'] ?? '';
			const section = button.closest<HTMLElement>('[data-operation]');
			if (!section) return;
			const open = dialogs.get(key);
			if (open) return open.showModal();
			button.disabled = true;
			button.textContent = 'Loading…';
			const dialog = createDialog(section.querySelector('h3')?.textContent ?? key);
			try {
				const { mountScalar } = await import('./scalar-panel.ts');
				dialog.showModal();
				await mountScalar(dialog.querySelector<HTMLElement>('.api-try__body')!, {
					documentUrl: root.dataset['documentUrl'] ?? '',
					mockPath: root.dataset['mockPath'] ?? 'api/v1',
					method: section.dataset['method'] ?? 'get',
					path: section.dataset['path'] ?? '/',
				});
				dialogs.set(key, dialog);
			} catch (error) {
				dialog.querySelector('.api-try__body')!.textContent = `The interactive client could not start: ${String(error)}`;
			} finally {
				button.disabled = false;
				button.textContent = 'Try it';
			}
		});
	}
}

function createDialog(title: string): HTMLDialogElement {
	const dialog = document.createElement('dialog');
	dialog.className = 'api-try__dialog';
	dialog.setAttribute('aria-label', `Try it: ${title}`);
	const header = dialog.appendChild(document.createElement('div'));
	header.className = 'api-try__header';
	header.appendChild(document.createElement('strong')).textContent = `Try it: ${title}`;
	const close = header.appendChild(document.createElement('button'));
	close.type = 'button';
	close.className = 'api-try__close';
	close.textContent = 'Close';
	close.addEventListener('click', () => dialog.close());
	dialog.appendChild(document.createElement('div')).className = 'api-try__body';
	document.body.appendChild(dialog);
	return dialog;
}
