import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a,b}from"./chunk-MLKPDUIV.js";import"./chunk-JGNJAY54.js";import"./chunk-JOTHZTBP.js";export{b as describeLimit,a as runTimed};
