declare module 'virtual:margo/build-info' {
	const info: import('./lib/build-info.ts').BuildInfo;
	export default info;
}
