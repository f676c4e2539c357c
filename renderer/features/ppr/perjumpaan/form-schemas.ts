// Why: the forms use the shared schemas, except that an empty date says "required" rather than "not a valid date".
import { z } from "zod";
import { actionItemSchema, meetingSchema, TIME_RE } from "../../../../shared/domain/community";
import { isValidIsoDate } from "../../../../shared/domain/dates";

export const requiredDate = z.string().min(1, "v.required").refine(isValidIsoDate, "v.date");

export const meetingFormSchema = meetingSchema.extend({
  date: requiredDate,
  time: z.string().min(1, "v.required").regex(TIME_RE, "v.time"),
});
export const actionItemFormSchema = actionItemSchema.extend({
  dueDate: requiredDate,
  ownerId: z.string({ error: "v.required" }).min(1, "v.required"),
});
