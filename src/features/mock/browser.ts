/**
 * The mock's public browser API, for the features that drive it from a page (the playground and
 * the reference's "Try it"): start the service-worker mock, the device identity kept in the
 * browser, signing as that device, the exchange log, and the conformance report's view.
 */
export {
	clearLog,
	EXCHANGE_EVENT,
	LOG_LIMIT,
	mockUnavailableReason,
	readLog,
	startBrowserMock,
	type BrowserMock,
} from './browser/runtime.ts';
export {
	createDevice,
	forgetDevice,
	loadDevice,
	saveDevice,
	signingKey,
	type PlaygroundDevice,
	type StepRecord,
} from './browser/device.ts';
export { signAsDevice } from './browser/try-it-signing.ts';
export { prepareTryItDevice, type DeviceNeed, type TryItDevice } from './browser/try-it-device.ts';
export { signedRequest } from './signing/device-signing.ts';
export { formatRequest, formatResponse, recordExchange, type Exchange } from './core/exchange.ts';
export { summarize } from './core/state-summary.ts';
export { mountConformanceView } from './client/conformance-view.ts';
