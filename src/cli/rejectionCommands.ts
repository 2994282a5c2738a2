// The commands about rejection texts, built together as dist/cli-rejections.js (see commands.ts).
export { classifyCommand } from './classifyCommand';
export { explainCommand } from './explainCommand';
