/**
 * Worked examples, one click away: one per user story. Figures are illustrative market levels,
 * typed as a user would type them.
 */
import type { CommodityHedgeInput, FxHedgeInput, PortfolioInput, RateHedgeInput, Scenario, StockHedgeInput } from './scenario';

const investorPortfolio: PortfolioInput = {
  holdings: [
    { id: 'h1', name: 'Nordlicht Robotics', quantity: '1,200', price: '62.50', currency: 'EUR', vol: '45', dividendYield: '0', beta: '1.6', proxyName: 'Euro Stoxx Technology futures', proxyPrice: '820', proxyVol: '28', proxyCorrelation: '0.75', proxyContractSize: '50', proxyMargin: '3,000' },
    { id: 'h2', name: 'Euro Stoxx 50 ETF', quantity: '900', price: '55.00', currency: 'EUR', vol: '22', dividendYield: '2.5', beta: '1.0', proxyName: 'Euro Stoxx 50 futures', proxyPrice: '4,900', proxyVol: '18', proxyCorrelation: '0.98', proxyContractSize: '10', proxyMargin: '3,500' },
    { id: 'h3', name: 'Alpine Foods', quantity: '600', price: '80.00', currency: 'EUR', vol: '18', dividendYield: '3.0', beta: '0.6', proxyName: 'Stoxx Europe 600 Food & Beverage futures', proxyPrice: '760', proxyVol: '16', proxyCorrelation: '0.7', proxyContractSize: '50', proxyMargin: '2,000' },
    { id: 'h4', name: 'Euro govt bond ETF', quantity: '400', price: '120.00', currency: 'EUR', vol: '6', dividendYield: '2.8', beta: '0.1', proxyName: 'Euro-Bund futures', proxyPrice: '130', proxyVol: '7', proxyCorrelation: '0.9', proxyContractSize: '1,000', proxyMargin: '4,000' },
    { id: 'h5', name: 'Gold ETC', quantity: '500', price: '58.00', currency: 'EUR', vol: '15', dividendYield: '0', beta: '0.2', proxyName: 'COMEX gold futures (EUR-hedged)', proxyPrice: '2,300', proxyVol: '15', proxyCorrelation: '0.85', proxyContractSize: '1', proxyMargin: '9,000' },
  ],
  targetId: 'h1',
  homeCurrency: 'EUR',
  fxRates: [],
  correlation: '0.3',
  indexVol: '18',
  riskHorizon: '10',
  mcPaths: '100000',
  mcModel: 'lognormal',
  nearestCorrelation: false,
};

const investorHedge: StockHedgeInput = {
  tenorDays: '182',
  rate: '3',
  exercise: 'american',
  rounding: 'nearest',
  hedgeRatio: '100',
  contractSize: '100',
  strikeMode: 'price',
  expiryDays: '182',
  putStrike: '56',
  callStrike: '72',
  zeroCostCollar: true,
  spreadLowerStrike: '48',
  putQuote: '',
  callQuote: '',
  putBid: '',
  putAsk: '',
  callBid: '',
  callAsk: '',
  lowerPutBid: '',
  lowerPutAsk: '',
  lowerPutLast: '',
  upperCallStrike: '78',
  upperCallBid: '',
  upperCallAsk: '',
  upperCallLast: '',
  stockFuturesPrice: '',
  stockFuturesSize: '100',
  stockFuturesMargin: '1,250',
  buyBackPrice: '',
  buyBackCommission: '5.00',
  commission: '1.50',
  exchangeFee: '0.30',
  borrowFee: '1.0',
  shortMargin: '50',
  stressMove: '20',
  indexName: 'Euro Stoxx 50 futures',
  indexFuturesPrice: '4,900',
  indexMultiplier: '10',
  indexMargin: '3,500',
  targetBeta: '0',
  fxCompounding: 'continuous',
  fxOptionStrike: '100',
  indexDividendYield: '0',
  expectedReturn: '',
};

const bakery: CommodityHedgeInput = {
  commodity: 'Milling wheat (Euronext)',
  unit: 't',
  currency: 'EUR',
  quantity: '40',
  side: 'buyer',
  spotPrice: '215',
  futuresPrice: '222',
  contractSize: '50',
  tenorDays: '91',
  rounding: 'nearest',
  commission: '2.50',
  exchangeFee: '0.60',
  initialMargin: '900',
  stressMove: '20',
  basis: '0',
  tailing: false,
  miniContractSize: '',
  miniMargin: '',
};

const importer: FxHedgeInput = {
  domestic: 'EUR',
  foreign: 'USD',
  amount: '180,000',
  side: 'payable',
  spot: '0.9200',
  domesticRate: '2.25',
  foreignRate: '4.25',
  compounding: 'continuous',
  tenorDays: '90',
  bankForward: '0.9185',
  optionStrike: '0.9200',
  optionVol: '8',
  optionFee: '25',
  expectedReturn: '',
};

const borrower: RateHedgeInput = {
  currency: 'EUR',
  principal: '5,000,000',
  resetMonths: '3',
  loanMonths: '3',
  futuresPrice: '97.60',
  contractNotional: '1,000,000',
  bpValue: '25',
  commission: '2.00',
  initialMargin: '600',
  swapRate: '2.45',
  spread: '1.5',
  maturityMonths: '12',
  stripPrices: '97.55; 97.50',
  capRate: '3',
  capVol: '30',
};

/** The worked example every first visit opens with: an investor protecting one volatile stock. */
export const DEFAULT_SCENARIO: Scenario = {
  portfolio: investorPortfolio,
  stock: investorHedge,
  commodity: bakery,
  fx: importer,
  rate: borrower,
  prefs: { mode: 'stock', selectedHedge: 'protective-put', showPortfolio: false, combined: [] },
  tracking: { today: '', records: [] },
};

export type PresetName = 'investor' | 'bakery' | 'importer' | 'borrower';

export const PRESETS: Readonly<Record<PresetName, { readonly label: string; readonly scenario: Scenario }>> = {
  investor: { label: 'Investor: floor under a volatile stock', scenario: DEFAULT_SCENARIO },
  bakery: { label: 'Bakery: lock the price of 40 t of wheat', scenario: { ...DEFAULT_SCENARIO, prefs: { mode: 'commodity', selectedHedge: 'futures', showPortfolio: false, combined: [] } } },
  importer: { label: 'Importer: USD 180,000 due in 90 days', scenario: { ...DEFAULT_SCENARIO, prefs: { mode: 'fx', selectedHedge: 'fx-forward', showPortfolio: false, combined: [] } } },
  borrower: { label: 'Borrower: lock a loan rate resetting in 3 months', scenario: { ...DEFAULT_SCENARIO, prefs: { mode: 'rate', selectedHedge: 'rate-lock', showPortfolio: false, combined: [] } } },
};
