import { createActor, setup, enqueueActions } from 'xstate';
const m = setup({ types: { events: {} as { type: 'x' } | { type: 'buyer.y' } } }).createMachine({ initial: 'a', states: { a: { always: { guard: () => false, target: 'b' }, on: { x: { actions: () => {} }, 'buyer.*': { actions: enqueueActions(({ enqueue }) => { enqueue(() => {}); }) } } }, b: {} } });
const a = createActor(m); a.start();
let t0 = performance.now(); for (let i = 0; i < 20000; i++) a.send({ type: 'x' }); console.log('per event x', ((performance.now()-t0)/20000*1000).toFixed(1), 'us');
t0 = performance.now(); for (let i = 0; i < 20000; i++) a.send({ type: 'buyer.y' }); console.log('per event buyer.*', ((performance.now()-t0)/20000*1000).toFixed(1), 'us');
t0 = performance.now(); for (let i = 0; i < 2000; i++) createActor(m).start(); console.log('create+start', ((performance.now()-t0)/2000*1000).toFixed(1), 'us');
