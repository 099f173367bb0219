import { Plus, Trash } from "@medusajs/icons"
import { Button, Hint, IconButton, Select, Text, clx } from "@medusajs/ui"
import {
  ConditionDraft,
  GroupDraft,
  Match,
  NodeDraft,
  childPath,
  newCondition,
  newGroup,
  updateNode,
} from "../lib/segment-rules"
import { SegmentFieldDefinition } from "../lib/types"
import { SegmentConditionEditor } from "./segment-condition-editor"

/** Changes one node of the latest tree, by its uid; null removes it. */
type EditNode = (uid: string, update: (node: NodeDraft) => NodeDraft | null) => void

type BuilderContext = {
  edit: EditNode
  fields: SegmentFieldDefinition[]
  currencies: string[]
  /** Where the server's complaint points ("all[1].any[0]"), and the complaint. */
  error: { path: string | null; message: string } | null
  /** What conditions still lack, by uid: only those staff have left or tried to save. */
  problems: Map<string, string>
  /** Called when focus leaves a condition's inputs: from then on its problem shows. */
  onLeaveCondition: (uid: string) => void
}

const MATCH_WORDS: Record<Match, string> = { all: "and", any: "or" }

type GroupEditorProps = BuilderContext & {
  value: GroupDraft
  path: string
  depth: number
}

const GroupEditor = ({ value, path, depth, ...context }: GroupEditorProps) => {
  const { edit, fields, currencies, error, problems, onLeaveCondition } = context
  const add = (node: NodeDraft) =>
    edit(value.uid, (group) => ({ ...group, children: [...(group as GroupDraft).children, node] }))
  const firstField = fields[0]
  // A complaint about the group itself, e.g. that it is empty.
  const ownError = error && error.path === path ? error.message : null

  return (
    <div
      className={clx(
        "flex flex-col gap-y-3 rounded-lg p-3",
        depth % 2 === 0 ? "bg-ui-bg-subtle" : "bg-ui-bg-component",
        "shadow-borders-base",
        ownError && "shadow-borders-error"
      )}
      data-testid="segment-group"
      data-depth={depth}
    >
      <div className="flex items-center justify-between gap-x-2">
        <div className="flex items-center gap-x-2">
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            Match
          </Text>
          <Select
            size="small"
            value={value.match}
            onValueChange={(match) =>
              match && edit(value.uid, (group) => ({ ...group, match: match as Match }))
            }
          >
            <Select.Trigger
              aria-label="Match"
              className="w-[96px]"
              data-testid="segment-group-match"
            >
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">ALL</Select.Item>
              <Select.Item value="any">ANY</Select.Item>
            </Select.Content>
          </Select>
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            of these conditions
          </Text>
        </div>
        {depth > 0 && (
          <IconButton
            size="small"
            variant="transparent"
            type="button"
            aria-label="Remove group"
            onClick={() => edit(value.uid, () => null)}
            data-testid="segment-group-remove"
          >
            <Trash />
          </IconButton>
        )}
      </div>

      {value.children.length === 0 && (
        <Text size="small" className="text-ui-fg-muted">
          {depth === 0
            ? "No conditions yet. Add one to say who belongs in the segment."
            : "An empty group: add a condition to it or remove it."}
        </Text>
      )}

      {value.children.map((child, index) => {
        const nodePath = childPath(path, value.match, index)
        const childError =
          error?.path === nodePath || error?.path?.startsWith(`${nodePath}.`) ? error : null
        return (
          <div key={child.uid} className="flex flex-col gap-y-3">
            {index > 0 && (
              <Text
                size="xsmall"
                leading="compact"
                weight="plus"
                className="text-ui-fg-muted uppercase"
              >
                {MATCH_WORDS[value.match]}
              </Text>
            )}
            {child.kind === "group" ? (
              <GroupEditor {...context} value={child} path={nodePath} depth={depth + 1} />
            ) : (
              <SegmentConditionEditor
                value={child}
                fields={fields}
                currencies={currencies}
                onChange={(update) => edit(child.uid, (node) => update(node as ConditionDraft))}
                onRemove={() => edit(child.uid, () => null)}
                onLeave={() => onLeaveCondition(child.uid)}
                error={problems.get(child.uid) ?? childError?.message ?? null}
              />
            )}
          </div>
        )
      })}

      {ownError && <Hint variant="error">{ownError}</Hint>}

      <div className="flex items-center gap-x-2">
        <Button
          size="small"
          variant="secondary"
          type="button"
          disabled={!firstField}
          onClick={() => add(newCondition(firstField, currencies[0]))}
          data-testid="segment-add-condition"
        >
          <Plus />
          Add condition
        </Button>
        <Button
          size="small"
          variant="transparent"
          type="button"
          disabled={!firstField}
          onClick={() =>
            add(
              newGroup(value.match === "all" ? "any" : "all", [
                newCondition(firstField, currencies[0]),
              ])
            )
          }
          data-testid="segment-add-group"
        >
          <Plus />
          Add group
        </Button>
      </div>
    </div>
  )
}

type SegmentRuleBuilderProps = Omit<BuilderContext, "edit"> & {
  value: GroupDraft
  /** Takes a function of the latest tree, so changes made in one go all stay. */
  onChange: (update: (rules: GroupDraft) => GroupDraft) => void
}

/**
 * The rule tree as nested groups of conditions. Everything a condition can
 * say comes from the field catalogue (`GET /admin/segments/fields`).
 */
export const SegmentRuleBuilder = ({ value, onChange, ...context }: SegmentRuleBuilderProps) => (
  <div data-testid="segment-rule-builder">
    <GroupEditor
      {...context}
      edit={(uid, update) => onChange((rules) => updateNode(rules, uid, update))}
      value={value}
      path=""
      depth={0}
    />
  </div>
)
