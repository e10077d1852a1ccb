import { STEPS } from '../steps.ts';
import {
	summarize,
	formatRequest,
	formatResponse,
	type Exchange,
	forgetDevice,
	loadDevice,
	saveDevice,
	type StepRecord,
	clearLog,
	EXCHANGE_EVENT,
	LOG_LIMIT,
	mockUnavailableReason,
	readLog,
	startBrowserMock,
	type BrowserMock,
	mountConformanceView,
} from '#features/mock/browser.ts';
import type { Language } from '#shared/shiki.ts';
import { curlCommand } from './playground-requests.ts';
import { STEP_RUNS } from './playground-steps.ts';

/**
 * Wires the playground's markup (`components/playground/Playground.astro`): runs steps, shows each
 * step's raw HTTP exchanges, the device's and the mock's state, and the request log. Everything
 * shown is re-read from IndexedDB, so a reload shows where the lifecycle stands.
 */
export async function mountPlayground(root: HTMLElement): Promise<void> {
	const $ = <T extends Element = HTMLElement>(selector: string, scope: ParentNode = root) => scope.querySelector<T & Element>(selector)!;
	const announce = (text: string) => {
		const region = $('[data-announce]');
		region.textContent = '';
		// A new text node after clearing makes screen readers announce a repeated message too.
		requestAnimationFrame(() => (region.textContent = text));
	};

	const unavailable = mockUnavailableReason();
	let mock: BrowserMock;
	try {
		if (unavailable) throw new Error(unavailable);
		mock = await startBrowserMock();
	} catch (error) {
		const notice = $('[data-unavailable]');
		notice.hidden = false;
		notice.textContent = `The mock cannot run in this browser: ${(error as Error).message} The steps below still describe the lifecycle; run the same mock locally with npm run mock.`;
		return;
	}

	// The Conformance panel reads the mock's report when opened, and again after each step while open.
	const panel = $<HTMLDetailsElement>('[data-conformance-panel]');
	const conformance = mountConformanceView($('[data-conformance]', panel), mock.controlUrl, 3);
	panel.addEventListener('toggle', () => void (panel.open && conformance.refresh()));

	let device = await loadDevice();
	/** The step being run; while one runs, no other can start. */
	let running: string | undefined;

	async function render(): Promise<void> {
		await renderSteps();
		renderProgress();
		await renderSummary();
		await renderLog();
		if (panel.open) await conformance.refresh();
	}

	async function renderSteps(): Promise<void> {
		for (const [index, step] of STEPS.entries()) {
			const item = $(`[data-step="${step.id}"]`);
			const record = device?.steps[step.id];
			const previous = index === 0 ? undefined : STEPS[index - 1]!.id;
			const blocked = previous !== undefined && !device?.steps[previous]?.ok;
			// While a step runs the buttons are only marked unavailable: a disabled button would drop the
			// keyboard's focus to the page's start.
			const button = $<HTMLButtonElement>('[data-run]', item);
			button.disabled = blocked;
			button.setAttribute('aria-disabled', String(running !== undefined || blocked));
			item.toggleAttribute('data-done', record?.ok === true);
			$('[data-done-mark]', item).hidden = record?.ok !== true;
			const statusText = $('[data-status]', item);
			statusText.textContent =
				running === step.id
					? 'Running…'
					: record
						? `${record.ok ? 'Done' : 'Failed'}: ${record.summary}`
						: blocked
							? 'Needs the step above first'
							: 'Not run yet';
			statusText.dataset['ok'] = String(record?.ok ?? '');
			const output = $('[data-output]', item);
			if (output.dataset['at'] !== (record?.at ?? '')) {
				output.dataset['at'] = record?.at ?? '';
				output.replaceChildren(...(record ? await renderRecord(record) : []));
				// A scrolling box must be reachable from the keyboard; an empty one is no stop.
				if (record) output.tabIndex = 0;
				else output.removeAttribute('tabindex');
			}
		}
	}

	async function renderRecord(record: StepRecord): Promise<Element[]> {
		const parts: Element[] = [];
		if (record.note) parts.push(figure(record.note.label, `<pre>${escapeHtml(record.note.text)}</pre>`));
		let signed = 0;
		for (const exchange of record.exchanges) {
			const wasSigned = exchange.request.headers.some(([name]) => name.toLowerCase() === 'signature');
			parts.push(figure('Request', await highlight(formatRequest(exchange), 'http')));
			if (wasSigned && record.signatureBases[signed] !== undefined) {
				parts.push(
					figure('Signature base: the text the device signed (RFC 9421)', await highlight(record.signatureBases[signed++]!, 'http')),
				);
			}
			parts.push(figure('Response', await highlight(formatResponse(exchange), 'http')));
			const curl = document.createElement('details');
			curl.innerHTML = `<summary>The same request with curl</summary>${await highlight(curlCommand(exchange), 'shellscript')}`;
			parts.push(curl);
		}
		return parts;
	}

	/** "4 of 10 steps done", and Run all steps unavailable while a step runs. */
	function renderProgress(): void {
		const done = STEPS.filter((step) => device?.steps[step.id]?.ok).length;
		$('[data-progress]').textContent = running
			? `Running step ${STEPS.findIndex((step) => step.id === running) + 1} of ${STEPS.length}`
			: `${done} of ${STEPS.length} steps done`;
		$('[data-run-all]').setAttribute('aria-disabled', String(running !== undefined));
	}

	async function renderSummary(): Promise<void> {
		// Without a device there is no client to show; not reading the state then spares a first
		// visit making the mock's root CA (and loading the X.509 code) before any step runs.
		const state = device ? summarize(await mock.repository.read()) : { clients: [] };
		const client = state.clients.find((entry) => entry.clientId === device?.clientId);
		$('[data-summary-device]').textContent = !device
			? 'No identity yet'
			: client
				? `Onboarded as client ${client.clientId}${client.revoked ? ' (revoked)' : ''}`
				: 'Identity created, not onboarded';
		const expires = device?.tokenExpiresAt;
		$('[data-summary-token]').textContent = expires
			? expires > Date.now()
				? `Valid until ${new Date(expires).toLocaleTimeString()}`
				: 'Expired: run the token step again'
			: 'None';
		$('[data-summary-manifest]').textContent = client ? String(client.manifestVersion) : '–';
		const deployments = client?.deployments.filter((deployment) => !deployment.removed) ?? [];
		const list = $('[data-summary-deployments]');
		list.replaceChildren(
			...deployments.map((deployment) => {
				const item = document.createElement('li');
				const label = `${deployment.applicationId} (${deployment.deploymentId.slice(0, 8)}…)`;
				item.append(`${label}: ${deployment.state ?? 'no status reported'} `);
				// The orchestrator's side: removing a deployment raises the manifest version.
				const remove = item.appendChild(document.createElement('button'));
				remove.className = 'margo-button margo-button--danger';
				remove.type = 'button';
				remove.textContent = 'Remove';
				remove.setAttribute('aria-label', `Remove deployment ${label} (orchestrator)`);
				remove.addEventListener('click', () => void removeDeployment(deployment.deploymentId, label));
				return item;
			}),
		);
		if (deployments.length === 0) list.append(Object.assign(document.createElement('li'), { textContent: 'None' }));
	}

	async function removeDeployment(deploymentId: string, label: string): Promise<void> {
		const response = await fetch(`${mock.controlUrl}/clients/${device?.clientId}/deployments/${deploymentId}`, { method: 'DELETE' });
		const body = (await response.json()) as { manifestVersion?: number; detail?: string };
		await render();
		announce(
			response.ok
				? `The orchestrator removed ${label}; manifest version ${body.manifestVersion}. Poll the manifest to see it.`
				: `Removing ${label} failed: ${body.detail}`,
		);
	}

	/** Exchanges heard since the log was last drawn, added at the next frame. */
	let arrived: Exchange[] = [];

	async function renderLog(): Promise<void> {
		const list = $('[data-log]');
		const log = await readLog();
		// The log read holds every exchange heard so far.
		arrived = [];
		list.replaceChildren(...log.slice().reverse().map(logEntry));
	}

	/** Runs a step; resolves whether it succeeded. */
	async function run(id: string, moveFocus = true): Promise<boolean> {
		if (running) return false;
		running = id;
		const title = STEPS.find((step) => step.id === id)!.title;
		await renderSteps();
		try {
			const application = $<HTMLSelectElement>('[data-application]').value;
			const context = { mock, device, application };
			const outcome = await STEP_RUNS[id]!(context);
			// Creating a new identity starts the lifecycle over.
			device = context.device!;
			if (id === 'identity') device.steps = {};
			device.steps[id] = {
				at: new Date().toISOString(),
				ok: outcome.ok,
				summary: outcome.summary,
				exchanges: outcome.results.map((result) => result.exchange),
				signatureBases: outcome.results.flatMap((result) => (result.base ? [result.base] : [])),
				...(outcome.note ? { note: outcome.note } : {}),
			};
			await saveDevice(device);
			announce(`${title}: ${outcome.ok ? 'done' : 'failed'}. ${outcome.summary}`);
		} catch (error) {
			const message = (error as Error).message;
			if (device) {
				device.steps[id] = { at: new Date().toISOString(), ok: false, summary: message, exchanges: [], signatureBases: [] };
				await saveDevice(device);
			}
			announce(`${title} failed: ${message}`);
		} finally {
			running = undefined;
			await render();
		}
		// Bring the next step's button into view (its output box is bounded, so this one's stays in
		// sight) and give it the keyboard's focus; after a failure, focus stays on the step that ran.
		const ok = device?.steps[id]?.ok === true;
		const next = STEPS[STEPS.findIndex((step) => step.id === id) + 1];
		if (next && ok) {
			const button = $(`[data-step="${next.id}"] [data-run]`);
			button.scrollIntoView({ block: 'nearest' });
			if (moveFocus && root.contains(document.activeElement)) button.focus({ preventScroll: true });
		}
		return ok;
	}

	/** Runs every step not done yet, in order, until one fails; focus stays on the button. */
	async function runAll(): Promise<void> {
		if (running) return;
		for (const step of STEPS) {
			if (device?.steps[step.id]?.ok) continue;
			if (!(await run(step.id, false))) return;
		}
		announce(`All ${STEPS.length} steps done.`);
	}

	for (const step of STEPS) $(`[data-step="${step.id}"] [data-run]`).addEventListener('click', () => void run(step.id));
	$('[data-run-all]').addEventListener('click', () => void runAll());
	$('[data-reset]').addEventListener('click', async () => {
		if (
			!window.confirm('Reset the mock and the device? This deletes the device identity, every client and deployment, and the request log.')
		) {
			return;
		}
		await mock.repository.reset();
		await clearLog();
		await forgetDevice();
		device = undefined;
		await render();
		announce('The mock and the device were reset: a new root CA, no clients, an empty request log.');
	});
	// Each exchange adds one entry at the top: redrawing the whole log (up to 100 entries) after
	// every request cost tens of ms. The entries that came during one frame are added together,
	// so a burst of requests lays the log out once per frame, not once per request.
	window.addEventListener(EXCHANGE_EVENT, (event) => {
		if (arrived.push((event as CustomEvent<Exchange>).detail) > 1) return;
		requestAnimationFrame(() => {
			const list = $('[data-log]');
			list.prepend(...arrived.reverse().map(logEntry));
			arrived = [];
			while (list.children.length > LOG_LIMIT) list.lastElementChild?.remove();
		});
	});
	await render();
	root.dataset['ready'] = '';
}

/** Shiki loads when the first exchange is shown, not with the page. */
function highlight(code: string, lang: Language): Promise<string> {
	return import('#shared/shiki.ts').then((module) => module.highlight(code, lang));
}

function figure(caption: string, html: string): HTMLElement {
	const element = document.createElement('figure');
	element.className = 'margo-exchange';
	element.innerHTML = `<figcaption>${escapeHtml(caption)}</figcaption>${html}`;
	return element;
}

function logEntry(exchange: Exchange): HTMLElement {
	const item = document.createElement('li');
	const details = document.createElement('details');
	const url = new URL(exchange.request.url);
	details.innerHTML = `<summary>${new Date(exchange.at).toLocaleTimeString()} ${escapeHtml(exchange.request.method)} ${escapeHtml(url.pathname)} → ${exchange.response.status} ${escapeHtml(exchange.response.statusText)}</summary>`;
	// Highlighting every entry up front would be wasted work: do it when the entry is opened.
	details.addEventListener('toggle', async () => {
		if (!details.open || details.dataset['rendered'] !== undefined) return;
		details.dataset['rendered'] = '';
		details.append(
			figure('Request', await highlight(formatRequest(exchange), 'http')),
			figure('Response', await highlight(formatResponse(exchange), 'http')),
		);
	});
	item.append(details);
	return item;
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
