/**
 * Tracks the changes a transaction makes to the mock's state, so the state repository can tell
 * whether to save it and can undo the changes of a transaction that threw. This replaced copying
 * and comparing (`JSON.stringify`) the whole state around every request, which grew with every
 * onboarded client until it dominated the mock's time.
 */
export interface ChangeJournal<T extends object> {
	/** `root` behind a proxy that records every assignment and deletion, at any depth. */
	draft: T;
	/** Whether anything was assigned or deleted through `draft`. */
	changed(): boolean;
	/** Puts back every value changed through `draft`, newest first. */
	undo(): void;
}

interface Entry {
	target: object;
	key: PropertyKey;
	had: boolean;
	old: unknown;
}

/** Proxy → the object behind it, for every journal (weak: it holds nothing alive). */
const targets = new WeakMap<object, object>();

/**
 * The object behind a draft's proxy, for scans that only read: looking through every client
 * via the proxy would make a proxy per client on each request.
 */
export function original<V>(value: V): V {
	return typeof value === 'object' && value !== null ? ((targets.get(value) as V | undefined) ?? value) : value;
}

export function trackChanges<T extends object>(root: T): ChangeJournal<T> {
	const entries: Entry[] = [];
	const proxies = new WeakMap<object, object>();

	const record = (target: object, key: PropertyKey) =>
		entries.push({ target, key, had: Object.hasOwn(target, key), old: Reflect.get(target, key) });

	/** The plain value behind proxies, so the state never holds a proxy (it must stay cloneable). */
	const unwrap = (value: unknown): unknown => {
		if (typeof value !== 'object' || value === null) return value;
		const target = targets.get(value);
		if (target) return target;
		if (Array.isArray(value)) {
			for (let i = 0; i < value.length; i++) value[i] = unwrap(value[i]);
		} else if (Object.getPrototypeOf(value) === Object.prototype) {
			for (const key of Object.keys(value)) (value as Record<string, unknown>)[key] = unwrap((value as Record<string, unknown>)[key]);
		}
		return value;
	};

	const handler: ProxyHandler<object> = {
		get(target, key, receiver) {
			const value = Reflect.get(target, key, receiver) as unknown;
			return typeof value === 'object' && value !== null ? wrap(value) : value;
		},
		set(target, key, value) {
			record(target, key);
			return Reflect.set(target, key, unwrap(value));
		},
		defineProperty(target, key, descriptor) {
			record(target, key);
			return Reflect.defineProperty(target, key, 'value' in descriptor ? { ...descriptor, value: unwrap(descriptor.value) } : descriptor);
		},
		deleteProperty(target, key) {
			if (Object.hasOwn(target, key)) record(target, key);
			return Reflect.deleteProperty(target, key);
		},
	};

	function wrap<V extends object>(value: V): V {
		let proxy = proxies.get(value);
		if (!proxy) {
			proxy = new Proxy(value, handler);
			proxies.set(value, proxy);
			targets.set(proxy, value);
		}
		return proxy as V;
	}

	return {
		draft: wrap(root),
		changed: () => entries.length > 0,
		undo() {
			for (const { target, key, had, old } of entries.reverse()) {
				if (had) Reflect.set(target, key, old);
				else Reflect.deleteProperty(target, key);
			}
			entries.length = 0;
		},
	};
}
