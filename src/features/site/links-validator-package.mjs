// Re-export so that TypeScript reads the declaration beside this file rather than the package's
// own TypeScript sources (which fail our strictest settings). See links-validator-package.d.mts.
export { default } from 'starlight-links-validator';
