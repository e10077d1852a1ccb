import { addCopyButtons } from '#shared/copy-buttons.ts';
import type { PanelTarget, ScalarPanel } from './scalar-panel.ts';
import { describeResponse } from './try-it-response.ts';

/**
 * The one "Try it" dialog of a reference page: a modal `<dialog>` (the browser's top layer, above
 * Starlight's sidebars) holding Scalar's request client for one operation at a time. It has one
 * close control; one Escape closes it, whatever inside has focus; focus goes back to the button
 * that opened it and the address bar stays as it was. Above the client it says what was done to
 * the device in place; below, the response that came back (brought into view and announced, so a
 * phone's reader sees it without scrolling Scalar's panel) and, closed, the request exactly as
 * sent (the signing headers are computed only then).
 */
export interface TryItDialog {
	open: (opener: HTMLElement, title: string, target: PanelTarget) => Promise<void>;
}

export function createTryItDialog(): TryItDialog {
	const dialog = document.body.appendChild(document.createElement('dialog'));
	dialog.className = 'api-try__dialog';
	dialog.setAttribute('aria-labelledby', 'api-try-title');
	dialog.innerHTML = `<div class="api-try__header"><h2 id="api-try-title" class="api-try__title"></h2><button type="button" class="api-try__close">Close</button></div>
<div class="api-try__notes" role="status" hidden></div>
<div class="api-try__body"></div>
<section class="api-try__result" aria-label="Response and request" hidden>
<p class="sr-only" role="status" data-announce></p>
<details class="api-try__received" open hidden><summary>Response <span class="api-try__status" data-status></span></summary><pre data-received></pre></details>
<details class="api-try__sent"><summary>Sent</summary><pre data-sent></pre></details>
</section>`;
	const part = <T extends HTMLElement>(selector: string) => dialog.querySelector<T>(selector)!;
	const [title, notes, body, sent] = [part('.api-try__title'), part('.api-try__notes'), part('.api-try__body'), part('.api-try__result')];
	const received = part<HTMLDetailsElement>('.api-try__received');
	addCopyButtons(sent);
	let panel: ScalarPanel | undefined;
	let opener: HTMLElement | undefined;
	let href = location.href;
	// Each opening mounts its own client; one that finishes after the dialog closed (or reopened) is dropped.
	let opening = 0;

	const close = () => {
		if (dialog.open) dialog.close();
	};
	part('.api-try__close').addEventListener('click', close);
	// Capture phase: Scalar's request client handles Escape itself (closing only its own panel).
	dialog.addEventListener(
		'keydown',
		(event) => {
			if (event.key !== 'Escape') return;
			event.preventDefault();
			event.stopPropagation();
			close();
		},
		true,
	);
	dialog.addEventListener('cancel', (event) => {
		event.preventDefault();
		close();
	});
	dialog.addEventListener('close', () => {
		opening++;
		panel?.destroy();
		panel = undefined;
		body.replaceChildren();
		if (location.href !== href) history.replaceState(history.state, '', href);
		opener?.focus();
	});

	return {
		async open(button, heading, target) {
			if (dialog.open) return;
			const current = ++opening;
			const stale = () => !dialog.open || current !== opening;
			opener = button;
			href = location.href;
			title.textContent = `Try it: ${heading}`;
			notes.hidden = true;
			sent.hidden = true;
			received.hidden = true;
			body.textContent = 'Loading the request client…';
			dialog.showModal();
			try {
				const { mountScalar } = await import('./scalar-panel.ts');
				if (stale()) return;
				const mounted = await mountScalar(body, target, {
					onNotes: (lines) => {
						if (stale()) return;
						notes.replaceChildren(...lines.map((line) => Object.assign(document.createElement('p'), { textContent: line })));
						notes.hidden = lines.length === 0;
					},
					onSent: (request) => {
						if (stale()) return;
						const headers = [...request.headers].map(([name, value]) => `${name}: ${value}`);
						part('[data-sent]').textContent = [`${request.method} ${request.url}`, ...headers].join('\n');
						sent.hidden = false;
					},
					onReceived: (response) => {
						void describeResponse(response).then(({ status, text }) => {
							if (stale()) return;
							part('[data-status]').textContent = status;
							part('[data-received]').textContent = text;
							received.hidden = false;
							received.open = true;
							received.scrollIntoView({ block: 'nearest' });
							part('[data-announce]').textContent = `Response: ${status}`;
						});
					},
				});
				if (stale()) return mounted.destroy();
				panel = mounted;
				mounted.onClientClosed(close);
				if (!(await mounted.opened) && !stale()) body.prepend('Scalar’s request client did not open; close and try again.');
			} catch (error) {
				if (stale()) return;
				body.textContent = `The interactive client could not start: ${String(error)}`;
			}
		},
	};
}
