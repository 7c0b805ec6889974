// Workflow entry point for the worker's bundle.
export { migration } from './migration';
