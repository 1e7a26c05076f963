// The connection form: Omnitron's API user (username + password, exchanged for a token at login) and the
// optional settings: a sales channel to narrow the list to, and a default cancellation reason.
import { z } from "zod";
import { ISSUE } from "../../domain/issues";
import { adapterOptions } from "../shared-options";
import type { Connection, FormField } from "../types";

export const credentialsSchema = z.object({
  username: z.string().trim().min(1, { error: ISSUE.omnitronUsernameRequired }),
  password: z.string().min(1, { error: ISSUE.omnitronPasswordRequired }),
});

export const credentialFields: FormField[] = [
  { name: "username", label: "Username", secret: false, required: true, help: "An Omnitron user with API access" },
  { name: "password", label: "Password", secret: true, required: true },
];

const id = z
  .union([z.string().trim().regex(/^\d*$/, { error: ISSUE.numericIdInvalid }), z.number().int().positive()])
  .transform(String);
export const optionsSchema = adapterOptions({ channel: id.optional(), cancelReason: id.optional() });

export const optionFields: FormField[] = [
  {
    name: "channel",
    label: "Sales channel id",
    secret: false,
    required: false,
    placeholder: "all channels",
    help: "Show only this Omnitron channel's orders (its numeric id). Leave empty for every channel.",
  },
  {
    name: "cancelReason",
    label: "Default cancellation reason id",
    secret: false,
    required: false,
    placeholder: "choose on each cancel",
    help:
      "The numeric id of one of your Omnitron cancellation reasons, recorded for every item Orderdeck cancels " +
      "when the person cancelling picks none. Leave empty to make them pick one from your Omnitron's list.",
  },
];

export function connectionOptions(conn: Connection): { channel?: string; cancelReason?: string } {
  const parsed = optionsSchema.safeParse(conn.options);
  const options: { channel?: string; cancelReason?: string } = parsed.success ? parsed.data : {};
  return {
    ...(options.channel ? { channel: options.channel } : {}),
    ...(options.cancelReason ? { cancelReason: options.cancelReason } : {}),
  };
}
