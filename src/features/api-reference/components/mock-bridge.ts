/**
 * The seam between the API reference and the in-browser mock of the management interface.
 * The reference page awaits `prepareMock()` before it mounts Scalar, so the mock's service
 * worker controls the page before "Try it" sends a request, and spreads
 * `scalarRequestHooks()` into Scalar's configuration, so requests to the mock go out as the
 * playground's device: its clientId, its token and its signature (see `try-it-signing.ts`).
 */
import {
	mockUnavailableReason,
	startBrowserMock,
	signAsDevice,
	useDeviceClientId,
	type RequestBuilderLike,
} from '#features/mock/browser.ts';
import { siteBase } from '#shared/base.ts';

const BASE = siteBase();
const apiUrl = () => `${location.origin}${BASE}api/v1`;

/**
 * Starts the mock. Where it cannot run (no service workers, no secure context) the page says so
 * at the top of its content and the reference still renders; "Try it" then reaches no server.
 */
export async function prepareMock(): Promise<void> {
	try {
		const reason = mockUnavailableReason();
		if (reason) throw new Error(reason);
		await startBrowserMock();
	} catch (error) {
		const notice = document.createElement('p');
		notice.className = 'margo-mock-unavailable';
		notice.setAttribute('role', 'note');
		notice.textContent = `"Try it" cannot reach the in-browser mock here: ${(error as Error).message} Run the mock locally with npm run mock and choose it as the server instead.`;
		(document.querySelector('main .sl-markdown-content') ?? document.querySelector('main'))?.prepend(notice);
	}
}

/** Extra Scalar configuration (the panel lists the mock as the first server itself). */
export function scalarRequestHooks(): Record<string, unknown> {
	return {
		onBeforeRequest: async ({ requestBuilder, request }: { requestBuilder?: RequestBuilderLike; request?: RequestBuilderLike }) => {
			const builder = requestBuilder ?? request;
			if (!builder) return;
			const mock = await startBrowserMock().catch(() => undefined);
			await useDeviceClientId(builder, apiUrl(), async (clientId) => Boolean(mock && (await mock.repository.read()).clients[clientId]));
		},
		onRequestBuilt: ({ request }: { request: Request }) => signAsDevice(request, apiUrl()),
	};
}
