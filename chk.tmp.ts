import { analyzeReply } from './src/core/analysis';
import { PHRASES } from './src/core/sim/phrases';
const p = { product: '纯棉T恤', related: '棉袜', gift: '一双棉袜', amount: 5, label: '面料', value: '100%纯棉', returnPolicy: '七天无理由退换', safeguard: '支付宝担保交易', shipping: '48小时内发货', optionA: 'M码', optionB: 'L码' };
const pe = { ...p, product: 'cotton tee', related: 'cotton socks', gift: 'pair of socks', label: 'Material', value: '100% cotton', returnPolicy: '7-day no-reason returns', safeguard: 'payment is held in escrow', optionA: 'size M', optionB: 'size L' };
const ps = { ...p, product: 'camiseta', related: 'calcetines', gift: 'un par de calcetines', label: 'Tejido', value: '100% algodón', returnPolicy: 'devolución en 7 días', safeguard: 'el pago queda retenido', optionA: 'la talla M', optionB: 'la talla L' };
for (const [loc, pp] of [['zh-CN', p], ['en', pe], ['es', ps]] as const) {
  const m = PHRASES[loc].model as Record<string, (x: typeof p) => string>;
  for (const k of Object.keys(m)) { if (k==='join') continue; const t = m[k](pp); const f = analyzeReply(t, loc).flags; const ok = f.includes(k as never) || k==='fact' || k==='filler'; console.log(ok ? '  ' : 'XX', loc, k, JSON.stringify(t), f.join(',')); }
  for (const t of PHRASES[loc].curt) console.log('  curt', loc, t, analyzeReply(t, loc).flags.join(','));
  for (const t of PHRASES[loc].rude) console.log('  rude', loc, t, analyzeReply(t, loc).flags.join(','));
  console.log('  big', loc, analyzeReply(PHRASES[loc].bigDiscount(pp), loc).flags.join(','));
}
