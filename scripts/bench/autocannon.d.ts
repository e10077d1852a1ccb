/** The part of autocannon's API the bench uses (the package ships no types). */
declare module 'autocannon' {
	namespace autocannon {
		interface Request {
			method?: string;
			path?: string;
			headers?: Record<string, string>;
			body?: string;
		}
		interface Options {
			url: string;
			connections?: number;
			amount?: number;
			duration?: number;
			requests?: (Request & { setupRequest?: (request: Request) => Request; onResponse?: (status: number) => void })[];
		}
		interface Result {
			duration: number;
			non2xx: number;
			requests: { total: number; average: number };
			latency: { p50: number; p99: number };
		}
	}
	function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
	export default autocannon;
}
