import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as e,b as r}from"./chunk-JOTHZTBP.js";var q=r((u,i)=>{i.exports=e("node:os")});var s=r((x,o)=>{o.exports=e("node:path")});var t=r((a,p)=>{p.exports=e("node:fs")});export{q as a,t as b,s as c};
