import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCustomerFlagsWorkflow } from "../../../workflows/customer-flags"
import { withConflictMessage } from "../../utils/conflict-error"
import {
  formatCustomerFlag,
  refetchCustomerFlag,
  salesChannelFlagFilter,
  salesChannelsOfCustomer,
} from "./helpers"
import { AdminCreateCustomerFlagType, AdminGetCustomerFlagsParamsType } from "./validators"
import { listPage } from "../../utils/list-page"
import type {
  AdminCustomerFlagListResponse,
  AdminCustomerFlagResponse,
  Served,
} from "../../../types/http"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCustomerFlagsParamsType>,
  res: MedusaResponse<Served<AdminCustomerFlagListResponse>>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { sales_channel_id, available_for_customer_id, ...filters } =
    req.filterableFields as Record<string, unknown> & {
      sales_channel_id?: string
      available_for_customer_id?: string
    }
  const channelIds: string[] | undefined = available_for_customer_id
    ? await salesChannelsOfCustomer(req.scope, available_for_customer_id)
    : sales_channel_id
      ? [sales_channel_id]
      : undefined
  const channelFilter = channelIds ? await salesChannelFlagFilter(req.scope, channelIds) : {}

  const { data, metadata } = await query.graph({
    entity: "customer_flag",
    fields: req.queryConfig.fields,
    filters: { ...filters, ...channelFilter },
    // Name order unless asked otherwise, so pages are stable.
    pagination: {
      ...req.queryConfig.pagination,
      order: req.queryConfig.pagination.order ?? { name: "ASC" },
    },
  })

  res.json(listPage("customer_flags", data.map(formatCustomerFlag), metadata))
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateCustomerFlagType>,
  res: MedusaResponse<Served<AdminCustomerFlagResponse>>
) => {
  const { additional_data, ...flag } = req.validatedBody
  const { result } = await withConflictMessage(() =>
    createCustomerFlagsWorkflow(req.scope).run({
      input: { flags: [flag], additional_data },
    })
  )
  const customer_flag = await refetchCustomerFlag(req.scope, result[0].id, req.queryConfig.fields)
  res.status(201).json({ customer_flag })
}
