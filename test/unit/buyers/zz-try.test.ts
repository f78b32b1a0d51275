import { test } from 'vitest';
import { PERSONAS } from '../../../src/core/scenario/schema';
import { startRun, play, modelAgent, ofType } from './harness';
test('try', () => {
  for (const p of PERSONAS) {
    const run = startRun(p, 7);
    play(run, (ctx) => modelAgent(ctx));
    console.log(
      p,
      run.status(),
      JSON.stringify(run.value()),
      ofType(run.outputs, 'buyer.done').map((d) => d.outcome),
      run.context().gauges,
    );
    console.log(
      run.outputs
        .filter((o) => o.type !== 'buyer.typing' && o.type !== 'buyer.gauges')
        .map(
          (o) =>
            `${(o.at / 1000).toFixed(1)} ${o.type} ${'lineId' in o ? o.lineId : ''}${'grade' in o ? o.grade + ' ' + o.reasons.join(',') : ''}${'outcome' in o ? o.outcome : ''}${'price' in o ? o.status + ' ' + o.price : ''}`,
        )
        .join('\n'),
    );
  }
});
