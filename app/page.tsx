import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page";

export default async function Home() {
  await requirePageUser();
  redirect("/orders");
}
