export * from './simulation';
export * from './meta';
export * from './params';
export * from './rng';
export * from './clock';
export * from './recorder';
export * from './runner';
export * from './integrators';
