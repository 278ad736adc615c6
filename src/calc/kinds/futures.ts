/** Futures lock-in of a commodity price (long hedge for a buyer, short hedge for a holder). */
import type { PlanOf } from '../../engine';
import { fmt, pct } from '../explain';
import { defineKind } from '../kind';
import type { CommodityPosition } from '../modes/commodity';
import { costCard, floorCapCards, HULL } from './option-explain';
import { buyerCards, buyerFigures, buyerWording, choiceTable, isBuyer } from './futures-buyer';
import { KIND_FIELDS } from '../kind-fields';

const HULL_FUTURES = `${HULL}, ch. 3 (hedging strategies using futures)`;

export default defineKind<CommodityPosition, PlanOf<'futures'>>({
  id: 'futures',
  mode: 'commodity',
  fields: KIND_FIELDS['futures'],
  fieldMap: {
    'market.futuresPrice': 'commodity.futuresPrice',
    'market.expectedBasis': 'commodity.basis',
    'sizing.contractSize': 'commodity.contractSize',
    'fees.commissionPerContract': 'commodity.commission',
    'fees.exchangeFeePerContract': 'commodity.exchangeFee',
    'margin.initialPerContract': 'commodity.initialMargin',
    'margin.stressMove': 'commodity.stressMove',
  },
  name: () => 'Futures lock-in',
  plan: (c) =>
    c.engine.planFutures({
      target: c.position.target,
      market: { futuresPrice: c.v.n('futuresPrice'), expectedBasis: c.v.opt('basis') ?? 0 },
      sizing: { contractSize: c.v.n('contractSize'), rounding: c.v.s('rounding') as 'down' | 'nearest' | 'up' },
      fees: { commissionPerContract: c.v.s('commission'), exchangeFeePerContract: c.v.s('exchangeFee') },
      margin: { initialPerContract: c.v.s('initialMargin'), stressMove: c.v.n('stressMove') },
      tailing: c.v.b('tailing'),
      instrument: `${c.position.target.symbol} futures`,
    }),
  figures: (c, plan) =>
    isBuyer(c)
      ? buyerFigures(c, plan)
      : [
          { key: 'lockedPrice', label: 'Locked-in selling price', value: plan.extras.lockedPrice, format: 'price' },
          { key: 'lockedPrice', label: `Locked-in value of the ${fmt(plan.hedgedQuantity)} ${c.position.unit || 'units'} hedged`, money: plan.extras.lockedValue },
        ],
  wording: (c) => buyerWording(c),
  tables: (c) => choiceTable(c),
  explain: (c, plan) => {
    const e = plan.extras;
    const t = c.position.target;
    const size = c.v.n('contractSize');
    const f = c.v.n('futuresPrice');
    const q = Math.abs(t.quantity);
    const leg = plan.legs[0];
    const side = leg ? `${leg.side} ${leg.contracts}` : '0';
    return {
      contracts: {
        title: 'Number of futures contracts',
        formula: e.tailed ? 'N* = h·V_A / V_F = h·(Q·S)/(F·size) (value ratio, applied once), rounded to whole contracts' : 'N* = h·Q / contract size, rounded to whole contracts',
        substituted: e.tailed
          ? `N* = ${fmt(e.hedgeRatio)} × (${fmt(q)} × ${fmt(t.price)}) / (${fmt(f)} × ${fmt(size)}) = ${fmt(e.exactContracts)} → ${side} (${c.v.s('rounding')})`
          : `N* = ${fmt(e.hedgeRatio)} × ${fmt(q)} ${c.position.unit} / ${fmt(size)} ${c.position.unit} = ${fmt(e.exactContracts)} → ${side} (${c.v.s('rounding')}); unhedged ${fmt(plan.unhedgedQuantity)} ${c.position.unit}`,
        source: `${HULL_FUTURES}, §3.4, eq. 3.1 (optimal number of contracts) and eq. 3.3 (tailing the hedge)`,
      },
      lockedPrice: {
        title: isBuyer(c) ? 'Locked-in cost per unit' : 'Locked-in selling price',
        formula: 'Effective price = F₁ + b₂, where b₂ = spot − futures at close-out (the basis)',
        substituted: `${fmt(f)} + ${fmt(e.basis)} = ${fmt(e.lockedPrice)} ${t.currency} per ${c.position.unit}`,
        source: `${HULL_FUTURES}, §3.3 (basis risk)`,
      },
      margin: {
        title: 'Margin cash needed',
        formula: 'Initial margin × contracts + variation margin for a stress move = contracts × size × F × move',
        substituted: `held in total: ${fmt(plan.ledger.totalHeld.amount.toNumber(), 2)} ${t.currency} (stress move ${pct(c.v.n('stressMove'), 0)})`,
        source: `${HULL}, ch. 2 (margin accounts)`,
      },
      cost: costCard(plan),
      ...(isBuyer(c) ? buyerCards(c, plan) : floorCapCards(plan)),
    };
  },
});
