// This process's name among several instances sharing one database (in leases: the sync's and bulk jobs').
import "server-only";
import { randomUUID } from "node:crypto";

export const INSTANCE_ID = `${process.pid}-${randomUUID().slice(0, 8)}`;
