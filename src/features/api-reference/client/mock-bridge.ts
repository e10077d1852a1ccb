/**
 * The seam between the API reference and the in-browser mock of the management interface.
 * The reference page awaits `prepareMock()` before it mounts Scalar, so the mock's service
 * worker controls the page before "Try it" sends a request; `deviceFor()` brings the browser's
 * device as far as an operation needs, so its values can fill the form; and
 * `scalarRequestHooks()` signs a request just before it leaves and reports it as sent.
 */
import {
	mockUnavailableReason,
	prepareTryItDevice,
	startBrowserMock,
	signAsDevice,
	type BrowserMock,
	type DeviceNeed,
	type TryItDevice,
} from '#features/mock/browser.ts';
import { siteBase } from '#shared/base.ts';

const BASE = siteBase();
const apiUrl = () => `${location.origin}${BASE}api/v1`;

let mock: Promise<BrowserMock | undefined> | undefined;

/**
 * Starts the mock once. Where it cannot run (no service workers, no secure context) the page says
 * so at the top of its content and the reference still renders; "Try it" then reaches no server.
 */
export function prepareMock(): Promise<BrowserMock | undefined> {
	return (mock ??= start());
}

async function start(): Promise<BrowserMock | undefined> {
	try {
		const reason = mockUnavailableReason();
		if (reason) throw new Error(reason);
		return await startBrowserMock();
	} catch (error) {
		const notice = document.createElement('p');
		notice.className = 'margo-mock-unavailable';
		notice.setAttribute('role', 'note');
		notice.textContent = `"Try it" cannot reach the in-browser mock here: ${(error as Error).message} Run the mock locally with npm run mock and choose it as the server instead.`;
		(document.querySelector('main .sl-markdown-content') ?? document.querySelector('main'))?.prepend(notice);
		return undefined;
	}
}

/** The browser's device, brought as far as `need` through the mock; nothing without a mock. */
export async function deviceFor(need: DeviceNeed): Promise<TryItDevice> {
	const running = await prepareMock();
	return running ? prepareTryItDevice(need, running) : { notes: [] };
}

/**
 * Scalar hooks: sign what goes to the mock, then hand the exact outgoing request to `onSent`, and
 * (a copy of) the response to `onReceived`.
 */
export function scalarRequestHooks(onSent: (request: Request) => void, onReceived: (response: Response) => void): Record<string, unknown> {
	return {
		onRequestBuilt: async ({ request }: { request: Request }) => {
			await signAsDevice(request, apiUrl());
			onSent(request);
		},
		onResponseReceived: ({ response }: { response: Response }) => {
			onReceived(response);
		},
	};
}
