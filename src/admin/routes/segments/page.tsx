import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartPie } from "@medusajs/icons"
import { Container } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { CreateSegmentModal } from "../../components/create-segment-modal"
import { EditSegmentDrawer } from "../../components/edit-segment-drawer"
import { SegmentsTable } from "../../components/segments-table"
import { Segment } from "../../lib/types"

const SegmentsPage = () => {
  const navigate = useNavigate()
  const [createOpen, setCreateOpen] = useState(false)
  const [editing, setEditing] = useState<Segment | null>(null)

  return (
    <Container className="divide-y p-0" data-testid="segments-page">
      <SegmentsTable
        onCreate={() => setCreateOpen(true)}
        onOpen={(segment) => navigate(`/segments/${segment.id}`)}
        onEdit={setEditing}
      />
      <CreateSegmentModal open={createOpen} onOpenChange={setCreateOpen} />
      <EditSegmentDrawer segment={editing} onClose={() => setEditing(null)} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Segments",
  icon: ChartPie,
})

export const handle = {
  breadcrumb: () => "Segments",
}

export default SegmentsPage
