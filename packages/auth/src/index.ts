export * from './env.ts';
export * from './identity.ts';
export * from './keys.ts';
export * from './registry.ts';
export * from './verifier.ts';
