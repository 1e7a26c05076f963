import { OrdersListSkeleton } from "@/components/orders/orders-list-skeleton";

export default function Loading() {
  return <OrdersListSkeleton />;
}
