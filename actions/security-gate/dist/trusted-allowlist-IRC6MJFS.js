import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{f as a,g as b}from"./chunk-ZXRHUAFM.js";import"./chunk-IEDIRYGW.js";import"./chunk-YNJKE4F4.js";import"./chunk-5WREKTRH.js";import"./chunk-JOTHZTBP.js";export{a as readPullRequestEvent,b as resolveAllowlistPolicy};
