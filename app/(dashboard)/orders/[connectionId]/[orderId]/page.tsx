import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrderDetailView } from "@/components/orders/order-detail/order-detail-view";
import { requirePageUser } from "@/lib/auth/page";
import "./print.css";

// "Order" until the order is read; the page then names it by its number (order-detail-view.tsx).
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("order"))("pageTitle") };
}

export default async function OrderDetailPage({
  params,
}: {
  params: Promise<{ connectionId: string; orderId: string }>;
}) {
  await requirePageUser("orders:read");
  const { connectionId, orderId } = await params;
  // Keyed by the order so stepping to the previous/next order starts from a clean page (no stale dialog).
  const id = safeDecode(orderId);
  return <OrderDetailView key={`${connectionId}/${id}`} connectionId={connectionId} orderId={id} />;
}

/** Route params may arrive still percent-encoded; a stray "%" must not crash the page. */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
