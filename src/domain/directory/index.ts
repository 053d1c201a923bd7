import type { Feature } from '../shared/feature.js';

export const directory: Feature = { name: 'directory', deciders: [], commands: {}, events: {} };
