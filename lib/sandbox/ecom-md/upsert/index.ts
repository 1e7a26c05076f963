// POST /external/external-order/: a JSON array of orders, validated as a whole (DRF ListSerializer:
// one error object per order, `{}` for the valid ones) and then applied in order.
import type { SandboxRequest, SandboxResponse } from "../../core/types";
import { INVALID_JSON } from "../../core/types";
import { ECOM_ASSUMED } from "../constants";
import { detail, json } from "../errors";
import { requestLanguage } from "../i18n";
import { renderOrder } from "../render";
import type { EcomStore } from "../store";
import { applyOrder } from "./apply";
import { pyType } from "./fields";
import { type OrderPlan, validateOrder } from "./validate";

function parseError(raw: string): string {
  try {
    JSON.parse(raw);
    return "JSON parse error";
  } catch (error) {
    return `JSON parse error - ${error instanceof Error ? error.message : String(error)}`;
  }
}

export function upsertOrders(store: EcomStore, req: SandboxRequest): SandboxResponse {
  // DRF's JSONParser only: another (or no) Content-Type is a 415.
  const contentType = String(req.headers["content-type"] ?? "");
  if (!/^application\/json\b/i.test(contentType.trim())) {
    return detail(415, `Unsupported media type "${contentType}" in request.`);
  }
  if (req.body === INVALID_JSON) return detail(400, parseError(req.rawBody));
  if (!Array.isArray(req.body)) {
    const got = req.body === undefined ? "NoneType" : pyType(req.body);
    return json(400, { non_field_errors: [`Expected a list of items but got type "${got}".`] });
  }
  const results = req.body.map((raw) => validateOrder(raw, store));
  if (results.some((r) => "errors" in r)) {
    return json(
      400,
      results.map((r) => ("errors" in r ? r.errors : {})),
    );
  }
  const lang = requestLanguage(req.headers);
  const orders = results.map((r) => applyOrder((r as { plan: OrderPlan }).plan, store));
  return json(
    ECOM_ASSUMED.upsertStatus,
    orders.map((o) => renderOrder(o, lang, store.variant)),
  );
}
