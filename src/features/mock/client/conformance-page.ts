import { startBrowserMock } from '../browser/runtime.ts';
import { mountConformanceView } from './conformance-view.ts';

/**
 * The conformance page (`routes/conformance.astro`): starts the browser mock and draws its report
 * with the view the playground's Conformance panel uses too.
 */
export async function mountConformancePage(root: HTMLElement): Promise<void> {
	let controlUrl: string;
	try {
		({ controlUrl } = await startBrowserMock());
	} catch (error) {
		root.textContent = `The mock's report could not be read: ${(error as Error).message}`;
		return;
	}
	await mountConformanceView(root, controlUrl, 2).refresh();
}
