/**
 * A "Copy" button on each code block (`<pre>`) inside `root`, those added later included (parts of
 * the reference loaded when opened, the playground's exchanges, "Try it"'s request as sent), like
 * the ones Expressive Code gives the specification pages. The result is announced to screen
 * readers; the button copies the block's text as shown.
 */
export function addCopyButtons(root: HTMLElement): void {
	const live = Object.assign(document.createElement('p'), { className: 'sr-only' });
	live.setAttribute('aria-live', 'polite');
	root.append(live);

	const equip = (pre: HTMLPreElement) => {
		if (pre.parentElement?.classList.contains('margo-copy')) return;
		const frame = document.createElement('div');
		frame.className = 'margo-copy';
		pre.replaceWith(frame);
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'margo-copy__button';
		button.textContent = 'Copy';
		button.setAttribute('aria-label', 'Copy code');
		button.addEventListener('click', () => {
			navigator.clipboard.writeText(pre.innerText.replace(/\n$/, '')).then(
				() => {
					button.textContent = 'Copied';
					live.textContent = 'Copied to the clipboard';
					setTimeout(() => {
						button.textContent = 'Copy';
						live.textContent = '';
					}, 2000);
				},
				() => {
					button.textContent = 'Copy failed';
				},
			);
		});
		frame.append(pre, button);
	};
	const scan = (node: ParentNode) => {
		for (const pre of node.querySelectorAll('pre')) equip(pre);
	};
	scan(root);
	new MutationObserver((records) => {
		for (const record of records)
			for (const node of record.addedNodes) {
				if (node instanceof HTMLPreElement) equip(node);
				else if (node instanceof HTMLElement) scan(node);
			}
	}).observe(root, { childList: true, subtree: true });
}
