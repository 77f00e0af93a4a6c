/**
 * @ungcu/core: the domain model of candidate nomination for Vietnam's National Assembly and People's
 * Councils. Subpaths: `@ungcu/core/text` (Vietnamese text), `@ungcu/core/errors`.
 */
export * from './model/index';
export * from './derived/index';
export * from './ethnicity/index';
export * from './sdk/index';
