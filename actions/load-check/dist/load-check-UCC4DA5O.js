import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as x,d as g,g as v,i as k,k as b}from"./chunk-XWMEWZS4.js";import"./chunk-KUKHFKBU.js";import{rmSync as rt}from"node:fs";import et from"node:path";import{mkdtempSync as D,writeFileSync as G}from"node:fs";import L from"node:path";var C="LOAD_CHECK_STATS_PATH",B=`# Written by release-actions load-check: dumps locust's final statistics as JSON.
import json
import os

import locust
from locust import events


def _load_check_row(entry):
    return {
        "method": entry.method or "",
        "name": entry.name,
        "num_requests": entry.num_requests,
        "num_failures": entry.num_failures,
        "median": entry.median_response_time,
        "p95": entry.get_response_time_percentile(0.95),
        "p99": entry.get_response_time_percentile(0.99),
        "total_rps": entry.total_rps,
        "total_fail_per_sec": entry.total_fail_per_sec,
    }


@events.quitting.add_listener
def _load_check_dump(environment, **_kwargs):
    target = os.environ.get("${C}")
    if not target:
        return
    stats = environment.stats
    errors = [
        {
            "method": error.method or "",
            "name": error.name,
            "kind": type(error.error).__name__,
            "error": str(error.error),
            "occurrences": error.occurrences,
        }
        for error in stats.errors.values()
    ]
    data = {
        "locust_version": getattr(locust, "__version__", "") or "",
        "total": _load_check_row(stats.total),
        "entries": [_load_check_row(entry) for entry in stats.entries.values()],
        "errors": errors,
    }
    with open(target + ".part", "w", encoding="utf-8") as out:
        json.dump(data, out)
    os.replace(target + ".part", target)
`;function P(r){let t=D(L.join(r,"load-check-")),e=L.join(t,"load_check_hook.py");return G(e,B,{mode:420}),{hook:e,stats:L.join(t,"stats.json"),dir:t}}import w from"node:path";var h="2.44.0",W=6e4,J=5*6e4,Y=3e4;async function j(r,t){let e=await t.findCommand("locust");if(e)return{command:e,version:await E(e,t.run),notes:[]};if(!r)return{error:`locust is not installed and install-tools is false (your setup): install locust (pip install locust==${h}) in an earlier step, or set install-tools: true`,notes:[]};try{let o=await K(t);return{command:o,version:await E(o,t.run),notes:[`locust was not on PATH: installed locust ${h} into a virtualenv for this run`]}}catch(o){return{error:`locust is not on PATH and installing locust ${h} failed (the network or PyPI, or the runner's Python): ${y(g(o))}`,notes:[]}}}async function K(r){let t=w.join(r.tempDir,"load-check-locust");r.log(`Installing locust ${h} into ${t}`),await r.run("python3",["-m","venv",t],{silent:!0,timeoutMs:W}),await r.run(w.join(t,"bin","pip"),["install","--disable-pip-version-check","--quiet","--timeout","15","--retries","2",`locust==${h}`],{silent:!0,timeoutMs:J});let e=w.join(t,"bin","locust");if(!await r.findCommand(e))throw new Error(`pip finished but ${e} is not there`);return e}async function E(r,t){try{let e=await t(r,["--version"],{allowFailure:!0,silent:!0,timeoutMs:Y});return/(\d+\.\d+(?:\.\d+)?\S*)/.exec(`${e.stdout} ${e.stderr}`)?.[1]??"unknown"}catch{return"unknown"}}function y(r,t=5){return r.trim().split(`
`).slice(-t).join(`
`)}var c=class extends Error{constructor(t){super(t),this.name="LocustOutputError"}};function I(r){let t;try{t=JSON.parse(r)}catch(n){throw new c(`the statistics locust wrote are not JSON (${String(n)})`)}let e=R(t,"the statistics"),o=e.entries,i=e.errors;if(!Array.isArray(o)||!Array.isArray(i))throw new c("the statistics have no entries or errors list");return{total:O(e.total,"the total"),endpoints:o.map((n,s)=>O(n,`entry ${s+1}`)),failures:i.map((n,s)=>X(n,`error ${s+1}`)),locustVersion:typeof e.locust_version=="string"?e.locust_version:""}}function O(r,t){let e=R(r,t);return{method:f(e,"method",t),name:f(e,"name",t),requests:m(e,"num_requests",t),failures:m(e,"num_failures",t),medianMs:m(e,"median",t),p95Ms:m(e,"p95",t),p99Ms:m(e,"p99",t),rps:m(e,"total_rps",t),failuresPerSecond:m(e,"total_fail_per_sec",t)}}function X(r,t){let e=R(r,t);return{method:f(e,"method",t),name:f(e,"name",t),kind:f(e,"kind",t),error:f(e,"error",t),occurrences:m(e,"occurrences",t)}}function R(r,t){if(typeof r!="object"||r===null||Array.isArray(r))throw new c(`${t} in locust's statistics is not an object`);return r}function f(r,t,e){let o=r[t];if(typeof o!="string")throw new c(`${e} has no text "${t}"`);return o}function m(r,t,e){let o=r[t];if(typeof o!="number"||!Number.isFinite(o)||o<0)throw new c(`${e} has no number "${t}"`);return o}function N(r){let t=z(r),e=t.shift();if(!e)return[];let o=a=>{let d=e.indexOf(a);if(d===-1)throw new c(`the history CSV has no "${a}" column`);return d},i={time:o("Timestamp"),users:o("User Count"),name:o("Name"),rps:o("Requests/s"),fails:o("Failures/s"),p50:o("50%"),p95:o("95%")},n=t.filter(a=>a[i.name]==="Aggregated"),s=Number(n[0]?.[i.time]);return n.map(a=>({second:Number(a[i.time])-s,users:p(a[i.users]),rps:p(a[i.rps]),failuresPerSecond:p(a[i.fails]),p50Ms:p(a[i.p50]),p95Ms:p(a[i.p95])}))}function p(r){let t=Number(r);return r===void 0||r==="N/A"||!Number.isFinite(t)?0:t}function z(r){let t=[],e=[],o="",i=!1;for(let n=0;n<r.length;n++){let s=r[n];i?s==='"'&&r[n+1]==='"'?(o+='"',n++):s==='"'?i=!1:o+=s:s==='"'?i=!0:s===","?(e.push(o),o=""):s===`
`||s==="\r"?(s==="\r"&&r[n+1]===`
`&&n++,e.push(o),t.push(e),e=[],o=""):o+=s}return(o!==""||e.length>0)&&t.push([...e,o]),t}import{existsSync as Q,readFileSync as Z}from"node:fs";import tt from"node:path";function S(r){return Math.max(15,Math.ceil(r/10))}function T(r,t){return["-f",[...r.locustfiles,t.hook].join(","),"--headless","-u",String(r.users),"-r",String(r.spawnRate),"-t",`${r.runTimeSeconds}s`,...r.tags.length>0?["--tags",...r.tags]:[],"--csv",t.csvPrefix,"--csv-full-history","--only-summary"]}function A(r,t){return{LOCUST_HOST:r,[C]:t,PYTHONDONTWRITEBYTECODE:"1",PYTHONUNBUFFERED:"1"}}async function F(r,t,e){let o=(r.runTimeSeconds+S(r.runTimeSeconds))*1e3;return e(t.command,T(r,t),{cwd:t.cwd,env:A(r.host.url,t.statsPath),allowFailure:!0,silent:!0,timeoutMs:o})}async function M(r,t,e){return e(t.command,["-f",[...r.locustfiles,t.hook].join(","),"--list"],{cwd:t.cwd,env:A(r.host.url,t.statsPath),allowFailure:!0,silent:!0,timeoutMs:6e4})}function $(r){return Q(r)?Z(r,"utf8"):void 0}function H(r){return tt.join(`${r.csvPrefix}_stats_history.csv`)}var ot=50,V=/Connection|ConnectTimeout|NewConnection|MaxRetry|SSLError|gaierror|NameResolution|^timeout$|TimeoutError/,nt=/SyntaxError|IndentationError|ImportError|ModuleNotFoundError|No User class|Traceback/;async function jt(r,t){let e=r.host.secrets,o=d=>v(d,e),i={outcome:"error",total:void 0,endpoints:[],history:[],failures:[],breaches:[],errors:[],notes:[],host:r.host.shown,locustVersion:"",dryRun:r.dryRun,command:""},n=await j(r.installTools,t);if(i.notes.push(...n.notes),"error"in n)return{...i,errors:[n.error]};i.locustVersion=n.version;let s=P(t.tempDir),a={command:n.command,hook:s.hook,statsPath:s.stats,csvPrefix:et.join(s.dir,"locust"),cwd:t.workspace};try{let d=T(r,a);return i.command=`LOCUST_HOST=${r.host.shown} ${[n.command,...d].join(" ")}`,t.log(`${r.dryRun?"Would run":"Running"}: ${i.command}`),r.dryRun?await st(r,a,t,i,o):await it(r,a,t,i,o)}finally{rt(s.dir,{recursive:!0,force:!0})}}async function st(r,t,e,o,i){e.log("Dry run: importing the locustfile with `locust --list`; nothing is sent");let n=await q(()=>M(r,t,e.run),"importing the locustfile took longer than 60 s");if("error"in n)return{...o,errors:[n.error]};if(n.exitCode!==0){let s=y(i(`${n.stdout}
${n.stderr}`));return{...o,errors:[`the locustfile does not load (your locustfile):
${s}`]}}return{...o,outcome:"pass",notes:[...o.notes,`dry run: nothing was sent to ${r.host.shown}. The locustfile loads (${i(n.stdout).trim().replace(/\s+/g," ")}); the thresholds were not judged.`]}}async function it(r,t,e,o,i){let n=S(r.runTimeSeconds),s=await q(()=>F(r,t,e.run),`locust was still running ${n} s after its run-time of ${k(r.runTimeSeconds)}`);if("error"in s)return{...o,errors:[s.error]};let a=i(`${s.stderr}
${s.stdout}`).trim();a&&e.log(a);let d=$(t.statsPath);if(d===void 0){let u=y(a),_=nt.test(s.stderr)?`the locustfile does not load (your locustfile), locust exited with ${s.exitCode}:
${u}`:`locust exited with ${s.exitCode} without its final figures:
${u}`;return{...o,errors:[_]}}let l;try{l=I(d)}catch(u){if(!(u instanceof c))throw u;return{...o,errors:[`locust's figures could not be read: ${u.message}`]}}return l.locustVersion&&(o.locustVersion=l.locustVersion),[0,1].includes(s.exitCode)||o.notes.push(`locust exited with ${s.exitCode} (0 or 1 is usual)`),o.total=U(l.total,i),o.endpoints=l.endpoints.map(u=>U(u,i)),o.failures=l.failures.sort((u,_)=>_.occurrences-u.occurrences).slice(0,ot).map(u=>ct(u,i)),o.history=ut(t,o.notes),at(r,o,l.failures)}function at(r,t,e){let o=t.total;if(o.requests===0){let s=r.tags.length>0?` (do the tags ${r.tags.join(", ")} match a task?)`:"";return{...t,errors:[`locust made no requests in ${k(r.runTimeSeconds)}${s}: nothing to judge`]}}if(o.failures===o.requests&&e.length>0&&e.every(s=>V.test(s.kind)||V.test(s.error)))return{...t,errors:[`every one of ${o.requests} requests failed to connect to ${t.host} (the host or the network): ${t.failures[0]?.error??""}`]};let n=b(o,t.endpoints,r);return n.unjudged.length>0?{...t,breaches:n.breaches,errors:n.unjudged}:{...t,breaches:n.breaches,outcome:n.breaches.length>0?"fail":"pass"}}async function q(r,t){try{return await r()}catch(e){if(e instanceof x)return{error:`${t} and was killed with every process it started; look for a task, module or event listener in your locustfile that blocks`};throw e}}function ut(r,t){let e=$(H(r));if(e===void 0)return t.push("locust wrote no history CSV: the run has no per-second chart"),[];try{return N(e)}catch(o){return t.push(`the history CSV could not be read (the chart is left out): ${g(o)}`),[]}}function U(r,t){return{...r,name:t(r.name)}}function ct(r,t){return{method:r.method,name:t(r.name),error:t(r.error),occurrences:r.occurrences}}export{jt as runLoadCheck};
