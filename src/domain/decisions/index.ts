import type { Feature } from '../shared/feature.js';

export const decisions: Feature = { name: 'decisions', deciders: [], commands: {}, events: {} };
