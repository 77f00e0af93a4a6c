/**
 * @ungcu/workflow: the season's work around an election, over the core model and a store: nominees moved
 * through the consultation rounds with the four-eyes lock on each constituency's official list, vetting cases
 * with access by role, work programmes and their proposals, and the quarterly review.
 */
export * from './consultation/index';
export * from './vetting/index';
export * from './programme/index';
export * from './quarterly/index';
