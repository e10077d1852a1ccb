/** The repository the SUPs' pull requests are in, for links before the first sync. */
export const PROPOSALS_REPOSITORY = 'https://github.com/margo/specification-enhancements';
