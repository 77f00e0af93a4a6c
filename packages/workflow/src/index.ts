/**
 * @ungcu/workflow: the season's work around an election, over the core model and a store.
 */
export {};
