import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { OrdersListSkeleton } from "@/components/orders/orders-list-skeleton";
import { OrdersView } from "@/components/orders/orders-view";
import { requirePageUser } from "@/lib/auth/page";
import { loadOrderListSearch, orderListSearch, toOrderListQuery } from "@/lib/client/order-list-search";
import { can } from "@/lib/domain/user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function OrdersPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser("orders:read");
  // The list's first requests start with the HTML (preloads the browser's own fetches then pick up), not
  // after the page's JavaScript has loaded and run: the platforms answer while the page hydrates, and the
  // table need not wait for the user's column layout or the connections' names either. The URL is read with
  // the browser's own parsers, so the preloaded request is exactly the one the list makes.
  const search = orderListSearch(toOrderListQuery(await loadOrderListSearch(searchParams)));
  const preloads = [
    `/api/orders${search ? `?${search}` : ""}`,
    "/api/preferences/orders-table",
    "/api/connections",
    "/api/platforms",
  ];
  return (
    <>
      {preloads.map((href) => (
        <link key={href} rel="preload" as="fetch" crossOrigin="anonymous" href={href} />
      ))}
      {/* The view reads its filters from the URL (nuqs, useSearchParams): the skeleton stands in until it can. */}
      <Suspense fallback={<OrdersListSkeleton />}>
        <OrdersView
          canExport={can(user.role, "orders:export")}
          canAct={can(user.role, "orders:act")}
          isAdmin={can(user.role, "users:manage")}
        />
      </Suspense>
    </>
  );
}
