import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a,b}from"./chunk-4DXVTSV6.js";import"./chunk-YZZMN4HW.js";import"./chunk-5WREKTRH.js";import"./chunk-JOTHZTBP.js";export{b as describeLimit,a as runTimed};
