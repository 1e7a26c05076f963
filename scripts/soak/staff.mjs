// The soak's staff: users of every role created through the users API, each signed in with a browser session of
// its own (its own cookie jar), one after another as people arrive (the sign-in throttle is per IP too).
import { openSession } from "../bench/servers.mjs";
import { ROLE_SHARES } from "./scenario.mjs";

/** `count` roles in ROLE_SHARES proportions, at least one of each. */
function roles(count) {
  const list = [];
  for (const [role, share] of Object.entries(ROLE_SHARES)) {
    const n = Math.max(1, Math.round((count * share) / 100));
    list.push(...Array(n).fill(role));
  }
  return list.slice(0, Math.max(count, 3));
}

/** Creates the users as the admin (`api`: bench's token client) and signs each in; answers them with their cookie. */
export async function signInStaff(appUrl, api, count, runId) {
  const staff = [];
  for (const [index, role] of roles(count).entries()) {
    const user = {
      email: `soak-${runId}-${index + 1}@orderdeck.test`,
      name: `Soak ${role} ${index + 1}`,
      role,
      password: `soak-password-${runId}-${crypto.randomUUID()}`,
    };
    const response = await api("/api/users", { method: "POST", body: JSON.stringify(user) });
    if (response.status !== 201) throw new Error(`creating ${user.email}: ${response.status} ${await response.text()}`);
    const { user: created } = await response.json();
    const { jar, cookie } = await openSession(appUrl, user);
    staff.push({ ...user, id: created.id, cookie: cookie(), sessionToken: sessionTokenOf(jar) });
  }
  return staff;
}

export function sessionTokenOf(jar) {
  return [...jar].find(([name]) => name.endsWith("session-token"))?.[1];
}
