import { Skeleton, Text } from "@medusajs/ui"
import { useSegmentFields } from "../hooks/segments"
import { useResourceNames } from "../hooks/segment-resources"
import {
  conditionInWords,
  groupChildren,
  groupMatch,
  idsByResource,
  isGroup,
} from "../lib/segment-rules"
import { SegmentFieldDefinition, SegmentGroup } from "../lib/types"

const GroupInWords = ({
  group,
  fields,
  names,
}: {
  group: SegmentGroup
  fields: SegmentFieldDefinition[]
  names: Map<string, string>
}) => {
  const children = groupChildren(group)
  return (
    <div className="flex flex-col gap-y-1">
      <Text size="small" leading="compact" className="text-ui-fg-subtle">
        {children.length === 0
          ? "No conditions"
          : groupMatch(group) === "all"
            ? "All of these:"
            : "Any of these:"}
      </Text>
      <ul className="border-ui-border-base ml-1 flex flex-col gap-y-1 border-l pl-3">
        {children.map((child, index) =>
          isGroup(child) ? (
            <li key={index}>
              <GroupInWords group={child} fields={fields} names={names} />
            </li>
          ) : (
            <li key={index} data-testid="segment-rule-line">
              <Text size="small" leading="compact">
                {conditionInWords(
                  child,
                  fields.find((field) => field.field === child.field),
                  names
                )}
              </Text>
            </li>
          )
        )}
      </ul>
    </div>
  )
}

/** A segment's rules in words: "Total spent at least 1 000 kr in the last 365 days". */
export const SegmentRulesSummary = ({ rules }: { rules: SegmentGroup }) => {
  const { fields } = useSegmentFields()
  const names = useResourceNames(fields ? idsByResource(rules, fields) : {})
  if (!fields) {
    return <Skeleton className="h-5 w-64" />
  }
  return <GroupInWords group={rules} fields={fields} names={names} />
}
