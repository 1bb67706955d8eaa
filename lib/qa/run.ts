// The runner moved into the registry; kept so existing imports keep working.
export { applyFix, checkRow, runChecks } from './registry';
