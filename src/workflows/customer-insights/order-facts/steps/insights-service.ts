export { insightsService } from "../../sales-stats/steps/insights-service"
