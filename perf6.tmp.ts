import { readFileSync } from 'node:fs';
import { parseScenario } from './src/core/scenario';
import { createSession, defaultDeps } from './src/core/session';
import { createMachine } from 'xstate';
const r = parseScenario(readFileSync('scenarios/hasty-power-bank.json','utf8'), 'x'); if (!r.ok) throw 1;
const sc = r.scenario;
const idle = createMachine({ initial: 'a', states: { a: {} } });
function time(label: string, n: number, f: (i: number) => void) { for (let i=0;i<100;i++) f(i); const t0=performance.now(); for (let i=0;i<n;i++) f(i); const dt=performance.now()-t0; console.log(label, (dt/n*1000).toFixed(0), 'us'); }
time('session with idle buyer: create+end', 1000, (i) => { const s = createSession({ scenario: sc, locale: 'zh-CN', seed: i, mode: 'practice', deps: { ...defaultDeps, buyerLogic: () => ({ logic: idle }) } }); s.end(); });
time('session with real buyer: create+end', 1000, (i) => { const s = createSession({ scenario: sc, locale: 'zh-CN', seed: i, mode: 'practice' }); s.end(); });
time('session real buyer: run silent to end', 300, (i) => { const s = createSession({ scenario: sc, locale: 'zh-CN', seed: i, mode: 'practice' }); let d; while (!s.isEnded() && (d = s.nextDue()) !== null) s.advanceTo(d); });
