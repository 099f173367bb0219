import { zodResolver } from "@hookform/resolvers/zod"
import { DefaultValues, FieldValues, useForm } from "react-hook-form"
import type { z } from "zod"

/**
 * A react-hook-form form checked by a zod schema. Errors show after submit
 * or once a field is left, and a change clears its field's error (see
 * Form.Field), so nothing turns red while staff type. The forms keep the
 * page where it is on a failed submit; a long one scrolls to its first
 * error itself.
 */
export const useZodForm = <TInput extends FieldValues, TOutput extends FieldValues>(
  schema: z.ZodType<TOutput, TInput>,
  defaultValues: DefaultValues<TInput>
) =>
  useForm<TInput, unknown, TOutput>({
    resolver: zodResolver<TInput, unknown, TOutput>(schema),
    defaultValues,
    mode: "onBlur",
    reValidateMode: "onBlur",
    shouldFocusError: false,
  })
