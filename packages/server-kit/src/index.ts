export * from './client.ts';
export * from './env.ts';
export * from './errors.ts';
export * from './http.ts';
export * from './lifecycle.ts';
export * from './logger.ts';
export * from './scalars.ts';
export * from './server.ts';
