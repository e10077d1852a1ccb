import { createApiReference } from '@scalar/api-reference';
import scalarStyles from '@scalar/api-reference/style.css?url';
import type { JsonObject } from '#shared/openapi/json.ts';
import { sliceOperation } from '../openapi/slice.ts';
import { prepareMock, scalarRequestHooks } from './mock-bridge.ts';
import { siteBase } from '#shared/base.ts';

/**
 * Scalar's interactive client for one operation, loaded on demand by `try-it.ts`. Scalar gets a
 * slice of the document (the operation and the components it uses), never the whole document.
 */

const documents = new Map<string, Promise<JsonObject>>();
let mockReady: Promise<void> | undefined;
let stylesReady: Promise<void> | undefined;
const instances = new Set<{ updateConfiguration: (config: Record<string, unknown>) => void; config: Record<string, unknown> }>();

export interface PanelTarget {
	/** The document's OpenAPI 3.1 form (`/openapi/<id>.3.1.json`). */
	documentUrl: string;
	/** Where the site's mock answers this document, under the base path: `api/v1` or `mock/<id>`. */
	mockPath: string;
	method: string;
	path: string;
}

export async function mountScalar(panel: HTMLElement, target: PanelTarget): Promise<void> {
	mockReady ??= prepareMock();
	stylesReady ??= addStylesheet(scalarStyles);
	if (!documents.has(target.documentUrl)) {
		documents.set(
			target.documentUrl,
			fetch(target.documentUrl).then((r) =>
				r.ok ? (r.json() as Promise<JsonObject>) : Promise.reject(new Error(`${target.documentUrl}: ${r.status}`)),
			),
		);
	}
	const [document] = await Promise.all([documents.get(target.documentUrl)!, mockReady, stylesReady]);
	const slice = sliceOperation(document, target.path, target.method);
	const config = { ...configuration(slice, target.mockPath), ...scalarRequestHooks() };
	const container = panel.appendChild(window.document.createElement('div'));
	const instance = createApiReference(container, config);
	instances.add({ updateConfiguration: (c) => instance.updateConfiguration(c as never), config });
	followSiteTheme();
	// "Try it" means the request client: open it at once rather than asking for a second click.
	await openClient(container);
}

/**
 * Presses Scalar's "Test Request" until its client is open: Scalar renders the button before the
 * client behind it has loaded, and an early press can go unanswered.
 */
async function openClient(container: HTMLElement): Promise<void> {
	const isOpen = () => container.querySelector('.scalar-client--open') !== null;
	for (let attempt = 0; attempt < 20 && !isOpen(); attempt++) {
		const button = await until(
			container,
			() => [...container.querySelectorAll('button')].find((b) => /test request/i.test(b.textContent ?? '')),
			15_000,
		);
		if (!button) return;
		button.click();
		await until(container, () => (isOpen() ? true : undefined), 500);
	}
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

let observing = false;
/** Starlight's theme toggle sets `data-theme` on <html>; every open client follows it. */
function followSiteTheme(): void {
	if (observing) return;
	observing = true;
	new MutationObserver(() => {
		const theme = siteTheme();
		for (const instance of instances) {
			instance.config = { ...instance.config, forceDarkModeState: theme };
			instance.updateConfiguration(instance.config);
		}
		// Scalar applies a forced mode when it mounts only; its styles key on these body classes.
		window.document.body.classList.toggle('dark-mode', theme === 'dark');
		window.document.body.classList.toggle('light-mode', theme !== 'dark');
	}).observe(window.document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}
