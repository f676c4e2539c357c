// Why: the tour form's inputs take their value from the form and their message from the tour's problems, in place.
import type { UseFormReturnType } from "@mantine/form";
import type { TFunction } from "i18next";
import { tKey } from "../../../app/messages";
import type { TourFormValues } from "./tour-form";

export type Bind = (path: string) => ReturnType<UseFormReturnType<TourFormValues>["getInputProps"]> & {
  error: string | undefined;
};

/** Input props for `path`, with the problem shown under it (form errors from a refused save first). */
export function makeBind(
  t: TFunction,
  form: UseFormReturnType<TourFormValues>,
  problems: Record<string, string>,
): { bind: Bind; message: (path: string) => string | undefined } {
  const message = (path: string) => tKey(t, (form.errors[path] as string | undefined) ?? problems[path]);
  return { bind: (path) => ({ ...form.getInputProps(path), error: message(path) }), message };
}

/** What each part of the tour form is given. */
export type PartProps = {
  form: UseFormReturnType<TourFormValues>;
  bind: Bind;
  message: (path: string) => string | undefined;
};
