import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{f as a,g as b}from"./chunk-7PCGM6QE.js";import"./chunk-DIXUJXGU.js";import"./chunk-JGNJAY54.js";import"./chunk-JOTHZTBP.js";export{a as readPullRequestEvent,b as resolveAllowlistPolicy};
