// GET /api/platforms – the supported platforms with their connection form fields and capabilities
import { route } from "@/lib/api/handler";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { platformDescriptions } from "@/lib/platforms/describe";

export const GET = route({ permission: "signed-in" }, async () => {
  return { platforms: platformDescriptions() } satisfies ApiResponse<"GET /api/platforms">;
});
