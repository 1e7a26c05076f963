"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CreateTokenForm } from "./create-token-form";
import { NewTokenNotice } from "./new-token-notice";
import { TokensList } from "./tokens-list";

/** "API tokens": create one (its value shown once), list them, revoke. */
export function TokensSection() {
  const t = useTranslations("tokens");
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  return (
    <Card aria-labelledby="api-tokens" className="mt-6">
      <CardHeader>
        <div>
          <CardTitle id="api-tokens">{t("title")}</CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </div>
      </CardHeader>
      <div className="grid gap-5 p-5">
        <CreateTokenForm onCreated={setCreated} />
        {created ? <NewTokenNotice {...created} onDone={() => setCreated(null)} /> : null}
        <TokensList />
      </div>
    </Card>
  );
}
