import { createActor, createMachine } from 'xstate';
const m = createMachine({ initial: 'a', states: { a: {}, b: {} } });
for (let i = 0; i < 2000; i++) createActor(m).start();
let t0 = performance.now(); for (let i = 0; i < 5000; i++) createActor(m).start(); console.log('trivial create+start', ((performance.now()-t0)/5000*1000).toFixed(1), 'us');
t0 = performance.now(); for (let i = 0; i < 5000; i++) createActor(m); console.log('trivial create', ((performance.now()-t0)/5000*1000).toFixed(1), 'us');
