// GET /api/me – the caller as Orderdeck sees them (handy to check an API token)
import { route } from "@/lib/api/handler";

export const GET = route({ permission: "signed-in" }, async ({ user, via }) => ({ user, via }));
