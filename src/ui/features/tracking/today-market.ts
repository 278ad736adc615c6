/**
 * Today's market for a followed hedge, read from the scenario's current inputs of the mode the hedge
 * was recorded in: the hedged item's price and position now, rates, volatility, the futures and
 * swap quotes, and the defaults a new record starts from. Invalid scenario inputs are reported in
 * one plain sentence (they are fixed above, next to their own field).
 */
import { parseNumberField } from '../../../state/parse-input';
import type { NumberFieldOptions } from '../../../state/parse-input';
import { parseMoneyText } from '../../../state/parse-money';
import type { Mode, Scenario, TrackedInstrument } from '../../../state/scenario';

export interface ModeMarket {
  readonly currency: string;
  /** What the hedged item is, in words ("Nordlicht Robotics", "Milling wheat (Euronext)"). */
  readonly itemName: string;
  /** The hedged item's price today, by instrument (a rate hedge's item is quoted like its hedge). */
  readonly itemPrice: (instrument: TrackedInstrument) => number;
  /** The hedged item's size now, signed, in the units of `itemPrice` (what the dollar offset multiplies). */
  readonly itemQuantity: (instrument: TrackedInstrument) => number;
  /** The position to hedge now in the hedge's units, and the share of it to hedge. */
  readonly positionQuantity: (instrument: TrackedInstrument) => number;
  readonly hedgeRatio: number;
  readonly r: number;
  readonly q: number;
  readonly vol: number;
  readonly futuresPrice: number;
  readonly swapRate: number;
  /** Swap payment period, years. */
  readonly periodYears: number;
  /** Units per contract a new record starts with. */
  readonly contractSize: (instrument: TrackedInstrument) => number;
  /** Days to the expiry a new record starts with. */
  readonly tenorDays: number;
  readonly strike: (instrument: TrackedInstrument) => string;
  /** Fees per contract per trade a new record starts with (decimal text). */
  readonly fees: string;
}

export const INSTRUMENTS_BY_MODE: Readonly<Record<Mode, readonly TrackedInstrument[]>> = {
  stock: ['put', 'call', 'futures'],
  commodity: ['futures'],
  fx: ['forward', 'put', 'call'],
  rate: ['futures', 'swap'],
};

export const TodayMessages = {
  scenario: (fields: readonly string[]) => `Today's prices come from the inputs above; fix ${fields.join(', ')} there first.`,
} as const;

/** Two typed fees added, as decimal text ('0' when either cannot be read). */
function addFees(a: string, b: string): string {
  const x = parseMoneyText(a, { allowEmpty: true, min: 0 });
  const y = parseMoneyText(b, { allowEmpty: true, min: 0 });
  if (!x.ok || !y.ok) return '0';
  const cents = (t: string) => Math.round(Number(t || '0') * 1e6);
  return String((cents(x.value) + cents(y.value)) / 1e6);
}

type Read = (label: string, text: string, opts?: NumberFieldOptions) => number;

function reader(): { read: Read; bad: string[] } {
  const bad: string[] = [];
  const read: Read = (label, text, opts = {}) => {
    const r = parseNumberField(text, opts);
    if (r.ok && r.value !== null) return r.value;
    bad.push(label);
    return Number.NaN;
  };
  return { read, bad };
}

function stockMarket(s: Scenario, read: Read): ModeMarket {
  const h = s.portfolio.holdings.find((x) => x.id === s.portfolio.targetId) ?? s.portfolio.holdings[0]!;
  const quantity = read(`the quantity of ${h.name || 'the target'}`, h.quantity);
  return {
    currency: h.currency, itemName: h.name || 'the target', hedgeRatio: read('the share to hedge', s.stock.hedgeRatio, { percent: true }),
    itemPrice: () => read(`the price of ${h.name || 'the target'}`, h.price, { gt: 0 }), itemQuantity: () => quantity,
    positionQuantity: () => quantity, r: read('the rate', s.stock.rate, { percent: true }), q: read('the dividend yield', h.dividendYield, { percent: true }),
    // Futures on the stock itself: today's price is its fair value S·e^((r−q)T), set per record (see read-record.ts).
    vol: read('the volatility', h.vol, { percent: true, gt: 0 }), futuresPrice: Number.NaN, swapRate: 0, periodYears: 0.25,
    contractSize: () => read('the contract size', s.stock.contractSize), tenorDays: read('the expiry', s.stock.expiryDays),
    strike: (i) => (i === 'call' ? s.stock.callStrike : i === 'put' && s.stock.strikeMode === 'price' ? s.stock.putStrike : ''),
    fees: addFees(s.stock.commission, s.stock.exchangeFee),
  };
}

function commodityMarket(s: Scenario, read: Read): ModeMarket {
  const c = s.commodity;
  const quantity = read('the quantity', c.quantity) * (c.side === 'buyer' ? -1 : 1);
  return {
    currency: c.currency, itemName: c.commodity || 'the commodity', hedgeRatio: 1, itemPrice: () => read('the spot price', c.spotPrice, { gt: 0 }),
    itemQuantity: () => quantity, positionQuantity: () => quantity, r: 0, q: 0, vol: 0.2, futuresPrice: read('the futures price', c.futuresPrice, { gt: 0 }),
    swapRate: 0, periodYears: 0.25, contractSize: () => read('the contract size', c.contractSize), tenorDays: read('the tenor', c.tenorDays), strike: () => '',
    fees: addFees(c.commission, c.exchangeFee),
  };
}

function fxMarket(s: Scenario, read: Read): ModeMarket {
  const f = s.fx;
  const amount = read('the amount', f.amount) * (f.side === 'payable' ? -1 : 1);
  return {
    currency: f.domestic, itemName: `${f.foreign} ${f.side}`, hedgeRatio: 1, itemPrice: () => read('the spot rate', f.spot, { gt: 0 }), itemQuantity: () => amount,
    positionQuantity: () => amount, r: read('the domestic rate', f.domesticRate, { percent: true }), q: read('the foreign rate', f.foreignRate, { percent: true }),
    vol: read('the volatility', f.optionVol, { percent: true, gt: 0 }), futuresPrice: 0, swapRate: 0, periodYears: 0.25, contractSize: () => Math.abs(amount),
    tenorDays: read('the tenor', f.tenorDays), strike: (i) => (i === 'forward' ? f.bankForward : f.optionStrike),
    fees: addFees(f.optionFee, '0'),
  };
}

function rateMarket(s: Scenario, read: Read): ModeMarket {
  const x = s.rate;
  const principal = read('the principal', x.principal);
  const accrual = read('the reset period', x.resetMonths, { gt: 0 }) / 12;
  const loanYears = read('the loan term', x.loanMonths, { gt: 0 }) / 12;
  const swap = (i: TrackedInstrument) => i === 'swap';
  const swapRate = read('the swap rate', x.swapRate, { percent: true });
  return {
    currency: x.currency, itemName: 'the loan’s interest', hedgeRatio: 1,
    // A futures hedge is marked on its quote (100 − rate); a swap on the rate itself, in %.
    itemPrice: (i) => (swap(i) ? swapRate * 100 : read('the futures price', x.futuresPrice, { gt: 0 })),
    itemQuantity: (i) => (swap(i) ? (-principal * loanYears) / 100 : (principal * accrual) / 100),
    positionQuantity: (i) => (swap(i) ? principal : (principal * accrual) / 100),
    r: swapRate, q: 0, vol: 0.2, futuresPrice: read('the futures price', x.futuresPrice, { gt: 0 }), swapRate, periodYears: accrual,
    contractSize: (i) => (swap(i) ? principal : read('the value of a basis point', x.bpValue) * 100), tenorDays: Math.round(loanYears * 365),
    strike: (i) => (swap(i) ? x.swapRate : ''),
    fees: addFees(x.commission, '0'),
  };
}

/** The market of `mode` from the scenario, or the scenario inputs to fix first. */
export function readModeMarket(s: Scenario, mode: Mode, instrument: TrackedInstrument): { ok: true; value: ModeMarket } | { ok: false; message: string } {
  const { read, bad } = reader();
  const build = { stock: stockMarket, commodity: commodityMarket, fx: fxMarket, rate: rateMarket }[mode];
  const m = build(s, read);
  // Touch the per-instrument readers once so a bad input behind them is reported too.
  m.itemPrice(instrument);
  m.contractSize(instrument);
  return bad.length > 0 ? { ok: false, message: TodayMessages.scenario([...new Set(bad)]) } : { ok: true, value: m };
}
