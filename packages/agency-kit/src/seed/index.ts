export * from './common-facts.ts';
export * from './generator.ts';
export * from './random.ts';
export * from './types.ts';
export * from './write.ts';
