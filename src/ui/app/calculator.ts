/**
 * The calculator chunk: the engine (with decimal.js) and the results panel. The shell and the
 * inputs render without it; it is requested at start-up, in parallel, so the first screen's
 * JavaScript stays small.
 */
export { calculate } from '../../calc/calculate';
export { ResultsPanel } from '../features/results/ResultsPanel';
