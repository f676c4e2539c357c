// Why: one figure for the home screen: how many of the user's action items are past their due date.
import type { Actor } from "../../../../shared/domain/access";
import { isActionItemOverdue } from "../../../../shared/domain/community";
import type { AppDB } from "../../../db/app-db";
import { myOpenActionItems } from "./meetings-data";

export async function overdueActionItems(db: AppDB, actor: Actor, today: string): Promise<number> {
  const mine = await myOpenActionItems(db, actor);
  return mine.filter(({ item }) => isActionItemOverdue(item, today)).length;
}
