import type { Feature } from '../shared/feature.js';

export const funding: Feature = { name: 'funding', deciders: [], commands: {}, events: {} };
