/**
 * The mechanism of problem codes; each feature owns its codes in its own `problem-codes.ts`. A
 * report shows the code beside each problem (`[decision/unknown-page]`), so a reader can look it
 * up in the feature that reports it; a check that gives no fix of its own gets the one listed
 * there. Adding a check means adding its codes: `Problem['code']` accepts no other.
 */

/** What a code means and, where one fix fits every case, how to fix it. */
interface ProblemCodeEntry {
	title: string;
	fix?: string;
}

/**
 * Every code of every feature: each feature's `problem-codes.ts` merges its catalogue in
 * (`declare module '#shared/problem-codes.ts' { interface ProblemCodes extends … {} }`), a use
 * knip does not see.
 * @public
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface ProblemCodes {}

/**
 * A problem code: one a feature declares, or `openapi/<rule>` for a rule of Redocly's linter,
 * which names its own rules (`openapi/no-unresolved-refs`, `openapi/operation-4xx-response`, …).
 */
export type ProblemCode = (keyof ProblemCodes & string) | `openapi/${string}`;

/** The default fixes of the codes declared so far, for {@link defaultFix}. */
const defaultFixes = new Map<string, string>();

/**
 * Declares a feature's codes and records their default fixes. Modules that report a code import
 * their feature's `problem-codes.ts`, so its fixes are known wherever the problem is printed.
 */
export function defineProblemCodes<const Codes extends Record<string, ProblemCodeEntry>>(codes: Codes): Codes {
	for (const [code, { fix }] of Object.entries(codes)) if (fix) defaultFixes.set(code, fix);
	return codes;
}

/** The general fix its feature gives a code, when it has one. */
export function defaultFix(code: ProblemCode): string | undefined {
	return defaultFixes.get(code);
}
