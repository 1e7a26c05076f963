// What happens to one generated order: its timeline (placed → approved → package waiting → packaged →
// shipped → delivered) and its fate (still moving, cancelled, rejected by the seller, returned), resolved
// against `now` so that no event lies in the future. Pure numbers; order-builder.ts turns them into payloads.
import type { Random } from "../core/random";
import { STATUS } from "./constants";
import { cancelStatusOfPlan } from "./lifecycle";

export type Stage = 100 | 200 | 300 | 400 | 500 | 600;
const STAGES: readonly Stage[] = [100, 200, 300, 400, 500, 600];

export type Scenario =
  | { kind: "flow"; stage: Stage; rejectOne: boolean }
  | { kind: "cancel"; preStage: Stage; planStatus?: string }
  | { kind: "reject"; preStage: Stage }
  | { kind: "refund"; returnAll: boolean };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Weighted like a marketplace seller's order book: most delivered, some moving, some cancelled/returned [assumed]. */
// biome-ignore format: weight tables read best as tables
const WEIGHTS = {
  kind: [["flow", 82], ["cancel", 7], ["reject", 3], ["refund", 8]],
  /** The stage a cancelled order had reached. */
  cancelledAt: [[100, 3], [200, 4], [300, 2], [400, 1]],
  /** The stage an order rejected by the seller had reached. */
  rejectedAt: [[100, 2], [200, 2], [300, 1]],
  /** The stage of an order still moving (or delivered). */
  flowing: [[100, 5], [200, 5], [300, 6], [400, 5], [500, 11], [600, 50]],
  /** Where a cancellation plan stands. */
  cancelPlan: [
    ["completed", 75], ["waiting", 10], ["confirmation_waiting", 8], ["waiting_for_payment", 4], ["manuel_refund_need", 3],
  ],
  /** Where a refund plan stands. */
  refundPlan: [
    ["completed", 60], ["waiting", 8], ["waiting_supplier", 6], ["confirmation_waiting", 6], ["confirmed", 5],
    ["approved", 5], ["waiting_for_payment", 3], ["manuel_refund_need", 3], ["rejected", 4],
  ],
} as const;

export function pickScenario(rng: Random): Scenario {
  const kind = rng.weighted(WEIGHTS.kind);
  if (kind === "cancel") return { kind, preStage: rng.weighted(WEIGHTS.cancelledAt) };
  if (kind === "reject") return { kind, preStage: rng.weighted(WEIGHTS.rejectedAt) };
  if (kind === "refund") return { kind, returnAll: rng.chance(0.6) };
  return { kind, stage: rng.weighted(WEIGHTS.flowing), rejectOne: rng.chance(0.07) };
}

/** Orders still moving were placed recently; finished ones anywhere in the last 120 days. */
export function placedAt(rng: Random, scenario: Scenario, now: number): number {
  const windows: Record<Stage, number> = {
    100: 8 * HOUR,
    200: 36 * HOUR,
    300: 3 * DAY,
    400: 4 * DAY,
    500: 8 * DAY,
    600: 120 * DAY,
  };
  const window = scenario.kind === "flow" ? windows[scenario.stage] : 120 * DAY;
  return Math.floor((now - rng.next() * window) / 1000) * 1000;
}

export type Timeline = Record<Stage, number>;

function seconds(rng: Random, min: number, max: number): number {
  return rng.int(Math.floor(min / 1000), Math.floor(max / 1000)) * 1000;
}

export function timeline(rng: Random, placed: number): Timeline {
  const t200 = placed + seconds(rng, 5 * 60_000, 90 * 60_000);
  const t300 = t200 + seconds(rng, HOUR, 10 * HOUR);
  const t400 = t300 + seconds(rng, 2 * HOUR, 20 * HOUR);
  const t500 = t400 + seconds(rng, 3 * HOUR, 24 * HOUR);
  const t600 = t500 + seconds(rng, DAY, 4 * DAY);
  return { 100: placed, 200: t200, 300: t300, 400: t400, 500: t500, 600: t600 };
}

function reached(times: Timeline, target: Stage, now: number): Stage {
  let stage: Stage = 100;
  for (const s of STAGES) if (s <= target && times[s] <= now) stage = s;
  return stage;
}

/** A moment after stage `from` was reached and before the next stage (or now). */
function between(rng: Random, times: Timeline, from: Stage, now: number): number {
  const next = from === 600 ? now : Math.min(times[(from + 100) as Stage], now);
  return times[from] + Math.floor((rng.next() * Math.max(0, next - times[from])) / 1000) * 1000;
}

export interface ItemFate {
  /** the furthest fulfilment stage the item reached (decides invoice / shipping / delivery fields) */
  stage: Stage;
  status: number;
  cancelStatus: string | null;
  updatedAt: number;
}

export interface PlanFate {
  items: number[];
  type: "cancel" | "refund";
  status: string;
  createdAt: number;
  updatedAt: number;
}

export interface Fate {
  items: ItemFate[];
  plans: PlanFate[];
}

/** A plan requested at `at` that completes some hours/days later, unless that is still in the future. */
function planStatus(rng: Random, at: number, now: number, wanted: string, delay: [number, number]) {
  const doneAt = at + seconds(rng, delay[0], delay[1]);
  const status = wanted === "completed" && doneAt > now ? "waiting" : wanted;
  return { status, updatedAt: status === "completed" ? doneAt : at };
}

/** An item covered by a plan: `done` once the plan completes, `refused` if it is rejected, `pending` meanwhile. */
function itemOfPlan(plan: PlanFate, stage: Stage, done: number, refused: number, pending: number): ItemFate {
  const status = plan.status === "completed" ? done : plan.status === "rejected" ? refused : pending;
  return { stage, status, cancelStatus: cancelStatusOfPlan(plan.status), updatedAt: plan.updatedAt };
}

export function resolveFate(rng: Random, scenario: Scenario, times: Timeline, count: number, now: number): Fate {
  const all = Array.from({ length: count }, (_, i) => i);
  const moving = (stage: Stage): ItemFate => ({ stage, status: stage, cancelStatus: null, updatedAt: times[stage] });
  if (scenario.kind === "cancel") {
    const pre = reached(times, scenario.preStage, now);
    const at = between(rng, times, pre, now);
    const wanted = scenario.planStatus ?? rng.weighted(WEIGHTS.cancelPlan);
    const plan: PlanFate = {
      items: all,
      type: "cancel",
      createdAt: at,
      ...planStatus(rng, at, now, wanted, [HOUR, 2 * DAY]),
    };
    const items = all.map(() => itemOfPlan(plan, pre, STATUS.cancelled, pre, STATUS.cancellationWaiting));
    return { items, plans: [plan] };
  }
  if (scenario.kind === "reject") {
    const pre = reached(times, scenario.preStage, now);
    const plans = all.map((i): PlanFate => {
      const at = between(rng, times, pre, now);
      return { items: [i], type: "cancel", createdAt: at, ...planStatus(rng, at, now, "completed", [HOUR, DAY]) };
    });
    // A seller's reject sets the item to Rejected at once; only the refund behind it may still be waiting.
    const items = plans.map((plan) => itemOfPlan(plan, pre, STATUS.rejected, STATUS.rejected, STATUS.rejected));
    return { items, plans: [...plans].sort((a, b) => a.createdAt - b.createdAt) };
  }
  if (scenario.kind === "refund") {
    const at = times[600] + seconds(rng, DAY, 14 * DAY);
    if (at > now) return resolveFate(rng, { kind: "flow", stage: 600, rejectOne: false }, times, count, now);
    const returned = scenario.returnAll || count === 1 ? all : all.slice(0, rng.int(1, count - 1));
    const wanted = rng.weighted(WEIGHTS.refundPlan);
    const plan: PlanFate = {
      items: returned,
      type: "refund",
      createdAt: at,
      ...planStatus(rng, at, now, wanted, [2 * DAY, 7 * DAY]),
    };
    const items = all.map((i) =>
      returned.includes(i)
        ? itemOfPlan(plan, 600, STATUS.cancelled, STATUS.delivered, STATUS.cancellationWaiting)
        : moving(600),
    );
    return { items, plans: [plan] };
  }
  const stage = reached(times, scenario.stage, now);
  const items = all.map(() => moving(stage));
  if (!scenario.rejectOne || count < 2 || stage < 200) return { items, plans: [] };
  // One line the seller could not supply, rejected before packaging.
  const at = between(rng, times, 200, now);
  const plan: PlanFate = {
    items: [count - 1],
    type: "cancel",
    createdAt: at,
    ...planStatus(rng, at, now, "completed", [HOUR, DAY]),
  };
  items[count - 1] = itemOfPlan(plan, 200, STATUS.rejected, STATUS.rejected, STATUS.rejected);
  return { items, plans: [plan] };
}
