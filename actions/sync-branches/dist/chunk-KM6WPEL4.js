import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as e,b as r}from"./chunk-HYN6NUFI.js";var q=r((u,i)=>{i.exports=e("node:string_decoder")});var s=r((x,o)=>{o.exports=e("node:events")});var t=r((a,p)=>{p.exports=e("node:assert")});export{s as a,t as b,q as c};
