import { createTryItDialog, type TryItDialog } from './try-it-dialog.ts';

/**
 * The only script every reference page loads (a few kilobytes): it reveals the "Try it"
 * buttons and, on the first press, fetches Scalar and the document. Pages stay fast however
 * large the document, and readers who never try a request never download Scalar.
 */
export function enhanceTryIt(): void {
	const root = document.querySelector<HTMLElement>('.api-reference');
	if (!root) return;
	let dialog: TryItDialog | undefined;
	for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-try]')) {
		button.hidden = false;
		button.addEventListener('click', () => {
			const section = button.closest<HTMLElement>('[data-operation]');
			if (!section) return;
			dialog ??= createTryItDialog();
			void dialog.open(button, section.querySelector('h3')?.textContent ?? button.dataset['try'] ?? '', {
				documentUrl: root.dataset['documentUrl'] ?? '',
				mockPath: root.dataset['mockPath'] ?? 'api/v1',
				method: section.dataset['method'] ?? 'get',
				path: section.dataset['path'] ?? '/',
			});
		});
	}
}
