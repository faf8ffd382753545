export * from './build.ts';
export * from './env.ts';
export * from './server.ts';
