package io.kelola.factory.reporting;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The dashboard summary exactly as seed 002 §1.8.E names it. Money fields (revenue, growth, cash,
 * receivables, payables) are null for callers without {@code FIN.READ}; see {@link DashboardSummary}.
 */
public record DashboardFigures(
    @JsonProperty("revenue_mtd") BigDecimal revenueMtd,
    @JsonProperty("revenue_last_month") BigDecimal revenueLastMonth,
    @JsonProperty("revenue_growth_pct") BigDecimal revenueGrowthPct,
    @JsonProperty("pending_orders") long pendingOrders,
    @JsonProperty("pending_approvals") long pendingApprovals,
    @JsonProperty("production_oee") BigDecimal productionOee,
    @JsonProperty("active_alerts") long activeAlerts,
    @JsonProperty("alerts_critical") long alertsCritical,
    @JsonProperty("alerts_warning") long alertsWarning,
    @JsonProperty("cash_balance") BigDecimal cashBalance,
    @JsonProperty("ar_overdue") BigDecimal arOverdue,
    @JsonProperty("ap_due_7_days") BigDecimal apDue7Days) {

  /** The same figures with every money field blanked (deny by default without {@code FIN.READ}). */
  public DashboardFigures withoutMoney() {
    return new DashboardFigures(null, null, null, pendingOrders, pendingApprovals, productionOee, activeAlerts,
        alertsCritical, alertsWarning, null, null, null);
  }
}
