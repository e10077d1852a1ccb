/**
 * The decision feature's public browser API, for other features' client scripts: the countdown
 * that recounts days left for the reader's date. (`index.ts` wires the feature into the build and
 * imports Node code, so a page script cannot take it; the markup's words come from there.)
 */
export { refreshCountdowns } from './client/countdown.ts';
