/** The repository the SUPs' pull requests are in, for links before the first sync. */
export const PROPOSALS_REPOSITORY = 'https://github.com/margo/specification-enhancements';

/** The specification's repository: SUPs link its files by their address there. */
export const SPECIFICATION_REPOSITORY = 'https://github.com/margo/specification';
