// The one import of the core's glob matcher (moves to ../util/glob with the issue-13 layout: change only this line).
export { globMatcher, matchesAny, MAX_GLOB_LENGTH } from '../util/glob';
