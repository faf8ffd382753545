export * from './agencies.ts';
export * from './federation.ts';
export * from './services.ts';
