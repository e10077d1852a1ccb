/**
 * The only script every reference page loads (a few hundred bytes): it reveals the "Try it"
 * buttons and, on the first press, fetches Scalar and the document. Pages stay fast however
 * large the document, and readers who never try a request never download Scalar.
 */
export function enhanceTryIt(): void {
	const root = document.querySelector<HTMLElement>('.api-reference');
	if (!root) return;
	for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-try]')) {
		button.hidden = false;
		button.addEventListener('click', async () => {
			const key = button.dataset['try'] ?? '';
			const panel = root.querySelector<HTMLElement>(`[data-try-panel="${CSS.escape(key)}"]`);
			const section = button.closest<HTMLElement>('[data-operation]');
			if (!panel || !section) return;
			if (panel.dataset['mounted']) {
				panel.hidden = !panel.hidden;
				button.setAttribute('aria-expanded', String(!panel.hidden));
				return;
			}
			button.disabled = true;
			button.textContent = 'Loading…';
			try {
				const { mountScalar } = await import('./scalar-panel.ts');
				await mountScalar(panel, {
					documentUrl: root.dataset['documentUrl'] ?? '',
					method: section.dataset['method'] ?? 'get',
					path: section.dataset['path'] ?? '/',
				});
				panel.dataset['mounted'] = 'true';
				button.setAttribute('aria-expanded', 'true');
				button.textContent = 'Try it';
			} catch (error) {
				panel.textContent = `The interactive client could not start: ${String(error)}`;
				button.textContent = 'Try it';
			} finally {
				button.disabled = false;
			}
		});
	}
}
