// Printing the soak's numbers: plain aligned tables, ms rounded.

const ms = (value) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 1 : 0) : "–");

/** Numbers right-aligned, words left-aligned. */
export function table(header, rows) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => String(row[column]).length)),
  );
  const numeric = header.map((_, column) => rows.every((row) => /^[\d.,–\s-]*$/.test(String(row[column]))));
  const line = (cells) =>
    cells
      .map((cell, column) =>
        numeric[column] ? String(cell).padStart(widths[column]) : String(cell).padEnd(widths[column]),
      )
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

export function requestTable(rows) {
  const all = rows.reduce(
    (sum, row) => ({
      requests: sum.requests + row.requests,
      ok: sum.ok + row.ok,
      refused: sum.refused + row.refused,
      platform: sum.platform + row.platform,
      own: sum.own + row.own,
    }),
    { requests: 0, ok: 0, refused: 0, platform: 0, own: 0 },
  );
  return table(
    [
      "kind",
      "requests",
      "p50 ms",
      "p95 ms",
      "p99 ms",
      "max ms",
      "server p95",
      "2xx",
      "4xx",
      "platform fault",
      "own failure",
    ],
    [
      ...rows.map((row) => [
        row.kind,
        row.requests,
        ms(row.p50),
        ms(row.p95),
        ms(row.p99),
        ms(row.max),
        ms(row.serverP95),
        row.ok,
        row.refused,
        row.platform,
        row.own,
      ]),
      ["all", all.requests, "", "", "", "", "", all.ok, all.refused, all.platform, all.own],
    ],
  );
}

export function sampleLine(sample) {
  return [
    sample.label.padEnd(9),
    `RSS ${sample.rssMb} MB (JS heap ${sample.heapMb ?? "–"} MB)`,
    `loop delay p50/p99/max ${ms(sample.loopP50)}/${ms(sample.loopP99)}/${ms(sample.loopMax)} ms`,
    `probe p50/p99 ${ms(sample.probeP50)}/${ms(sample.probeP99)} ms`,
    `database ${sample.databaseMb} MB`,
    `${sample.requests} requests`,
  ].join("  ·  ");
}

export function counted(map) {
  return [...map].sort((a, b) => b[1] - a[1]).map(([key, count]) => `  ${String(count).padStart(6)}  ${key}`);
}

/** Everything measured, in the order a reader asks: load, failures, the server, the writes, the secrets. */
export function printResults(r) {
  const { setup, metrics, monitor, ledger, audit, perPlatform, platforms, sandboxWrites, secrets, serverLog } = r;
  const say = (text = "") => console.log(text);
  // Connection ids read better as their platforms.
  const named = (text) =>
    Object.entries(r.connections).reduce((out, [platform, id]) => out.replaceAll(id, platform), text);
  say(`\n${setup}\n`);
  say(requestTable(metrics.rows()));
  say("\nThe requests that go to one platform (an order's page, actions), per platform:");
  say(requestTable(metrics.platformRows()));
  say(
    `\n${metrics.total} requests, ${(metrics.total / r.seconds).toFixed(1)}/s; slowest ${(metrics.slowest / 1000).toFixed(2)} s`,
  );
  say(
    `\nPlatform faults passed through correctly (status, code):\n${counted(metrics.platformFaults).join("\n") || "  none"}`,
  );
  say(`\nOrderdeck's own failures: ${metrics.count("own")}`);
  for (const sample of [...metrics.ownSamples.wrong, ...metrics.ownSamples.late])
    say(`  ${named(secrets.redact(sample))}`);
  say(`\nRefusals (4xx), by kind and code:\n${counted(metrics.refusals).join("\n") || "  none"}`);
  if (r.crashes.length > 0) {
    say(`\nSoak steps that threw (a bug of the soak, or an answer it could not read): ${r.crashes.length}`);
    for (const crash of [...new Set(r.crashes)].slice(0, 10)) say(`  ${crash}`);
  }
  say("\nThe server (next start and its children; loop delay from inside, probe = GET of an unknown /api route):");
  for (const sample of monitor.samples) say(`  ${sampleLine(sample)}`);
  say(`Largest tables at the end: ${r.tables.join("; ")}`);

  const single = ledger.actions.filter((action) => !action.replayed);
  const { previewed, run, unfinished } = ledger.bulkJobs;
  say(
    `\nWrites: ${single.length} actions sent, ${single.filter((a) => a.accepted).length} accepted; bulk jobs ${previewed} previewed, ${run} run (${ledger.bulkDone.length} orders done, ${unfinished} unfinished after 2 min); ${ledger.replays.sent} keys sent again`,
  );
  say(
    `Actions not accepted, by platform, type and answer:\n${counted(ledger.refusals()).slice(0, 20).join("\n") || "  none"}`,
  );
  const unexplained = ledger.unexplainedRefusals();
  say(
    `Refused (409) although offered a moment before, with nothing else done to the order since: ${unexplained.length}`,
  );
  for (const action of unexplained.slice(0, 8)) {
    say(
      `  ${action.order.platform} ${action.order.id} ${JSON.stringify(action.input)}: ${action.message}`.slice(0, 300),
    );
  }
  say(
    table(
      [
        "platform",
        "requests",
        "429",
        "5xx",
        "writes accepted by Orderdeck",
        "2xx writes at the platform",
        "other writes",
      ],
      perPlatform.map((row) => [
        row.platform,
        row.requests,
        row.limited,
        row.failed,
        row.accepted,
        row.taken,
        row.refusedWrites,
      ]),
    ),
  );
  say(
    `audit log: ${audit.accepted} accepted writes, ${audit.missing.length} without their entry; ${audit.unseen} audited successes whose answer the soak never got`,
  );
  say(
    `platforms' own APIs: ${platforms.trackingChecked} tracking numbers and ${platforms.statusChecked} final statuses checked, ${platforms.problems.length} differ`,
  );
  for (const problem of [...audit.missing, ...platforms.problems, ...ledger.replays.mismatches].slice(0, 15))
    say(`  ${problem}`);
  if (sandboxWrites.missed > 0)
    say(`  the sandbox's request log dropped ${sandboxWrites.missed} entries before they were read`);

  const kinds = [...secrets.kinds()].map(([kind, n]) => `${n} ${kind}`).join(", ");
  say(
    `\nSecrets looked for: ${kinds}; in ${metrics.total} answers, ${r.auditEntries} audit entries, ${serverLog.lines} server log lines`,
  );
  for (const finding of secrets.findings)
    say(`  ${finding.kind} in ${finding.where}: …${secrets.redact(finding.excerpt)}…`);
  say(`Server log lines that report trouble: ${serverLog.trouble.length}`);
  for (const line of serverLog.trouble.slice(0, 8)) say(`  ${secrets.redact(line).slice(0, 240)}`);
}

export function printTargets(list) {
  const rows = list.map(([name, measured, ok]) => [name, measured, ok ? "PASS" : "FAIL"]);
  console.log(`\n${table(["target", "measured", "result"], rows)}`);
}
