// The `widgets/experiments.js` chunk, loaded once the config holds a campaign with an experiment.
export { createExperiments } from './experiments.ts';
