import { createApiReference } from '@scalar/api-reference';
import scalarStyles from '@scalar/api-reference/style.css?url';
import type { JsonObject } from '#shared/openapi/json.ts';
import { siteBase } from '#shared/base.ts';
import { sliceOperation } from '../openapi/slice.ts';
import { deviceFor, prepareMock, scalarRequestHooks } from './mock-bridge.ts';
import { deviceNeed, fillOperation } from './try-it-values.ts';

/**
 * Scalar's interactive client for one operation, loaded on demand by `try-it.ts`. Scalar gets a
 * slice of the document (the operation and the components it uses), never the whole document,
 * filled with the browser device's values. Each opening mounts a new client, so the form always
 * shows the device as it is now; closing destroys it.
 */

const documents = new Map<string, Promise<JsonObject>>();
/** The mock path of the management API, the one document whose operations act as a device. */
const MANAGEMENT_API_PATH = 'api/v1';
let stylesReady: Promise<void> | undefined;

export interface PanelTarget {
	/** The document's OpenAPI 3.1 form (`/openapi/<id>.3.1.json`). */
	documentUrl: string;
	/** Where the site's mock answers this document, under the base path: `api/v1` or `mock/<id>`. */
	mockPath: string;
	method: string;
	path: string;
}

export interface PanelEvents {
	/** What was done to the device before the form could show its values. */
	onNotes: (notes: string[]) => void;
	/** The exact request that left, once signed. */
	onSent: (request: Request) => void;
	/** A copy of the response that came back. */
	onReceived: (response: Response) => void;
}

export interface ScalarPanel {
	/** Resolves once the request client is open, or false if it did not open. */
	opened: Promise<boolean>;
	/** Called when Scalar's own request client closes (its Escape, for one). */
	onClientClosed: (listener: () => void) => void;
	destroy: () => void;
}

export async function mountScalar(panel: HTMLElement, target: PanelTarget, events: PanelEvents): Promise<ScalarPanel> {
	stylesReady ??= addStylesheet(scalarStyles);
	if (!documents.has(target.documentUrl)) {
		documents.set(
			target.documentUrl,
			fetch(target.documentUrl).then((r) =>
				r.ok ? (r.json() as Promise<JsonObject>) : Promise.reject(new Error(`${target.documentUrl}: ${r.status}`)),
			),
		);
	}
	const [document] = await Promise.all([documents.get(target.documentUrl)!, prepareMock(), stylesReady]);
	const slice = sliceOperation(document, target.path, target.method);
	// Only the management API has devices; another document's mock needs none.
	const { device, deployment, notes } =
		target.mockPath === MANAGEMENT_API_PATH
			? await deviceFor(deviceNeed(slice, target.path, target.method))
			: { device: undefined, deployment: undefined, notes: [] };
	events.onNotes(notes);
	const values = {
		...(device?.clientId ? { clientId: device.clientId } : {}),
		...(device?.clientSecret ? { clientSecret: device.clientSecret } : {}),
		...(device?.certificate ? { certificate: device.certificate } : {}),
		...(deployment ?? {}),
	};
	const filled = fillOperation(slice, target.path, target.method, values);
	const config = {
		...configuration(filled, target.mockPath),
		...(device?.token ? { authentication: bearer(filled, device.token) } : {}),
		...scalarRequestHooks(events.onSent, events.onReceived),
	};
	const container = window.document.createElement('div');
	// Replaces the dialog's "Loading" line.
	panel.replaceChildren(container);
	const instance = createApiReference(container, config);
	const stopTheme = followSiteTheme((theme) => instance.updateConfiguration({ ...config, forceDarkModeState: theme }));
	const closedListeners: (() => void)[] = [];
	// "Try it" means the request client: open it at once rather than asking for a second click.
	const opened = openClient(container).then((open) => {
		if (open) watchClose(container, () => closedListeners.forEach((listener) => listener()));
		return open;
	});
	return {
		opened,
		onClientClosed: (listener) => closedListeners.push(listener),
		destroy: () => {
			closedListeners.length = 0;
			stopTheme();
			instance.destroy();
			container.remove();
		},
	};
}

/** The token for every bearer scheme the operation accepts. */
function bearer(slice: JsonObject, token: string): Record<string, unknown> {
	const schemes = ((slice['components'] as JsonObject | undefined)?.['securitySchemes'] ?? {}) as Record<string, JsonObject>;
	const names = Object.entries(schemes)
		.filter(([, scheme]) => scheme['type'] === 'http' && String(scheme['scheme']).toLowerCase() === 'bearer')
		.map(([name]) => name);
	return {
		preferredSecurityScheme: names[0] ?? null,
		securitySchemes: Object.fromEntries(names.map((name) => [name, { token }])),
	};
}

const isOpen = (container: HTMLElement) => container.querySelector('.scalar-client--open') !== null;

/**
 * Presses Scalar's "Test Request" until its client is open: Scalar renders the button before the
 * client behind it has loaded, and an early press can go unanswered.
 */
async function openClient(container: HTMLElement): Promise<boolean> {
	for (let attempt = 0; attempt < 20 && !isOpen(container); attempt++) {
		const button = await until(
			container,
			() => [...container.querySelectorAll('button')].find((b) => /test request/i.test(b.textContent ?? '')),
			15_000,
		);
		if (!button) return false;
		button.click();
		await until(container, () => (isOpen(container) ? true : undefined), 500);
	}
	return isOpen(container);
}

function watchClose(container: HTMLElement, closed: () => void): void {
	const observer = new MutationObserver(() => {
		if (isOpen(container)) return;
		observer.disconnect();
		closed();
	});
	observer.observe(container, { subtree: true, attributes: true, attributeFilter: ['class'], childList: true });
}

/** The first truthy result of `find`, checked on every change inside `root`, or undefined after `ms`. */
function until<T>(root: HTMLElement, find: () => T | undefined, ms: number): Promise<T | undefined> {
	return new Promise((resolve) => {
		const found = find();
		if (found) return resolve(found);
		const done = (value: T | undefined) => {
			observer.disconnect();
			clearTimeout(timer);
			resolve(value);
		};
		const observer = new MutationObserver(() => {
			const value = find();
			if (value) done(value);
		});
		const timer = setTimeout(() => done(undefined), ms);
		observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
	});
}

/**
 * Scalar's 280 KB stylesheet, linked when the first client opens: imported as a module it would
 * be linked from every reference page, whether or not anyone tries a request.
 */
function addStylesheet(href: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const link = Object.assign(window.document.createElement('link'), { rel: 'stylesheet', href });
		link.addEventListener('load', () => resolve());
		link.addEventListener('error', () => reject(new Error(`${href} did not load`)));
		window.document.head.appendChild(link);
	});
}

/** Same-origin mock first, then the document's own servers; every call to Scalar's hosts off. */
function configuration(slice: JsonObject, mockPath: string): Record<string, unknown> {
	const base = siteBase();
	const mock = { url: `${location.origin}${base}${mockPath}`, description: 'In-browser mock of this site' };
	const servers = Array.isArray(slice['servers']) ? slice['servers'] : [];
	// Scalar's defaults point at its own hosts; any call that slipped through would stay on this site.
	const disabled = `${location.origin}${base}__scalar-disabled`;
	return {
		content: slice,
		servers: [mock, ...servers],
		withDefaultFonts: false,
		telemetry: false,
		agent: { disabled: true },
		mcp: { disabled: true },
		showDeveloperTools: 'never',
		externalUrls: { dashboardUrl: disabled, registryUrl: disabled, proxyUrl: disabled, apiBaseUrl: disabled },
		// The address bar belongs to the page: Scalar must not write its own routes into it.
		urlRouting: false,
		persistAuth: false,
		hideDarkModeToggle: true,
		forceDarkModeState: siteTheme(),
		showSidebar: false,
		hideModels: true,
		hideSearch: true,
		documentDownloadType: 'none',
		defaultOpenAllTags: true,
		expandAllResponses: false,
	};
}

function siteTheme(): 'dark' | 'light' {
	return window.document.documentElement.dataset['theme'] === 'dark' ? 'dark' : 'light';
}

/** Starlight's theme toggle sets `data-theme` on <html>; the open client follows it. Returns a stop function. */
function followSiteTheme(update: (theme: 'dark' | 'light') => void): () => void {
	const observer = new MutationObserver(() => {
		const theme = siteTheme();
		update(theme);
		// Scalar applies a forced mode when it mounts only; its styles key on these body classes.
		window.document.body.classList.toggle('dark-mode', theme === 'dark');
		window.document.body.classList.toggle('light-mode', theme !== 'dark');
	});
	observer.observe(window.document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
	return () => observer.disconnect();
}
