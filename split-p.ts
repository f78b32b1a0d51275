import { readdirSync, readFileSync } from 'node:fs';
import { parseScenario, type Scenario } from './src/core/scenario';
import { createRng, hashString } from './src/core/random';
import { createSession, defaultDeps } from './src/core/session';
import { indexScenario } from './src/core/session/scenario-index';
import { ScriptedAgent, type Policy } from './src/core/sim/agent';
import { memoDeps } from './src/core/sim/memo';
import { Observer } from './src/core/sim/observe';
const sc: Scenario[] = readdirSync('scenarios').filter((f) => f.endsWith('.json')).sort().map((f) => {
  const r = parseScenario(readFileSync('scenarios/' + f, 'utf8'), f); if (!r.ok) throw 0; return r.scenario; }).filter((s) => s.buyers.length === 1);
const T: Record<string, number> = { create: 0, send: 0, adv: 0, act: 0, obs: 0, wake: 0 };
const now = () => performance.now();
function one(scenario: Scenario, seed: number, policy: Policy) {
  const deps = memoDeps(defaultDeps);
  let t0 = now();
  const session = createSession({ scenario, locale: 'zh-CN', seed, mode: 'practice', deps });
  const index = indexScenario(scenario);
  const observer = new Observer(index, session.getView().conversations.map((c) => c.buyerId));
  const agent = new ScriptedAgent(policy, { scenario, index, locale: 'zh-CN', analyze: deps.analyzeReply }, createRng((hashString(`agent:${policy}`) ^ seed) >>> 0));
  T.create += now() - t0;
  const maxMs = 30 * 60000;
  while (!session.isEnded()) {
    t0 = now(); observer.update(session.getLog()); T.obs += now() - t0;
    const n = session.now();
    t0 = now(); const ins = agent.act(n, observer); T.act += now() - t0;
    t0 = now(); for (const input of ins) session.send(input); T.send += now() - t0;
    t0 = now(); observer.update(session.getLog()); T.obs += now() - t0;
    if (session.isEnded()) break;
    t0 = now(); const wake = agent.nextWake(n, observer); T.wake += now() - t0;
    const due = session.nextDue();
    const next = wake === null ? due : due === null ? wake : Math.min(wake, due);
    t0 = now();
    if (next === null || next > maxMs) { session.advanceTo(Math.max(n, Math.min(maxMs, next ?? maxMs))); session.end(); T.adv += now() - t0; break; }
    if (next <= n) session.advance(0); else session.advanceTo(next);
    T.adv += now() - t0;
  }
}
const policy = (process.env.POL ?? 'model') as Policy;
for (let i = 0; i < 300; i++) one(sc[i % sc.length]!, i, policy);
for (const k in T) T[k] = 0;
const N = 1500; const t0 = now();
for (let i = 0; i < N; i++) one(sc[i % sc.length]!, 1000 + i, policy);
const tot = now() - t0;
console.log(policy, 'µs/session', (tot / N * 1000).toFixed(0), Object.fromEntries(Object.entries(T).map(([k, v]) => [k, (v / N * 1000).toFixed(0)])));
