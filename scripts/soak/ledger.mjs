// Every write the soak asked for and what Orderdeck answered, for the end's comparison with the audit log and the
// sandbox: an action is "accepted" when Orderdeck answered 2xx (or a bulk job's order ended "done").

export class WriteLedger {
  /** One per POST …/actions sent (replays included, marked): { user, order, offeredAt, type, input, key, startedAt, endedAt, status, accepted, replayed, statusAfter, message } */
  actions = [];
  /** Orders a bulk job reported done: { user, order, type } */
  bulkDone = [];
  bulkJobs = { previewed: 0, run: 0, unfinished: 0 };
  /** Resending an accepted action's request with its Idempotency-Key must answer from the store, not write again. */
  replays = { sent: 0, mismatches: [] };

  /** The writes Orderdeck said were made: each must be in the audit log and at the platform. */
  accepted() {
    const single = this.actions.filter((action) => action.accepted && !action.replayed);
    return [...single, ...this.bulkDone];
  }

  /** "platform type: status message" → count, for the actions not accepted. */
  refusals() {
    const counts = new Map();
    for (const action of this.actions.filter((one) => !one.accepted)) {
      const key = `${action.order.platform} ${action.type}: ${action.status} ${action.message ?? ""}`.slice(0, 200);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  }

  /**
   * Actions the platform refused (409) although the order offered them a moment before and nothing the soak did
   * touched the order in between: candidates for an adapter that offers what its platform's workflow forbids.
   */
  unexplainedRefusals() {
    const bulkTouched = new Set(this.bulkDone.map((write) => `${write.order.connectionId}/${write.order.id}`));
    return this.actions.filter((action) => {
      if (action.status !== 409 || action.replayed) return false;
      const key = `${action.order.connectionId}/${action.order.id}`;
      const touched = this.actions.some(
        (other) =>
          other !== action &&
          `${other.order.connectionId}/${other.order.id}` === key &&
          other.accepted &&
          other.endedAt > action.offeredAt - 1000 &&
          other.startedAt < action.startedAt,
      );
      return !touched && !bulkTouched.has(key);
    });
  }

  acceptedOn(platform) {
    return this.accepted().filter((write) => write.order.platform === platform).length;
  }
}
