-- The dashboard summary (seed 002 §1.8.E) in one statement; the one parameter is the WIB calendar day.
-- Read by DashboardSummary and, verbatim, by bench/factory-dashboard.sh (EXPLAIN ANALYZE).
WITH d AS (SELECT CAST(:today AS date) AS today,
                  CAST(date_trunc('month', CAST(:today AS date)) AS date) AS month_start),
oee AS (SELECT sum(o.planned_min) AS planned, sum(o.downtime_min) AS downtime, sum(o.output_qty) AS output,
               sum(o.reject_qty) AS reject, sum(o.ideal_qty) AS ideal
        FROM rpt_oee_day o, d WHERE o.day BETWEEN d.month_start AND d.today),
alerts AS (SELECT count(*) AS active,
                  count(*) FILTER (WHERE a.severity IN ('Critical', 'High')) AS critical,
                  count(*) FILTER (WHERE a.severity = 'Medium') AS warning
           FROM ai_alert a WHERE NOT a.is_read)
SELECT
  (SELECT COALESCE(sum(r.revenue), 0) FROM rpt_revenue_day r, d
    WHERE r.day BETWEEN d.month_start AND d.today) AS revenue_mtd,
  (SELECT COALESCE(sum(r.revenue), 0) FROM rpt_revenue_day r, d
    WHERE r.day >= CAST(d.month_start - INTERVAL '1 month' AS date) AND r.day < d.month_start) AS revenue_last_month,
  (SELECT count(*) FROM t_so s
    WHERE s.deleted_at IS NULL AND s.status IN ('Draft', 'Pending')) AS pending_orders,
  (SELECT count(*) FROM t_po p
    WHERE p.deleted_at IS NULL AND p.status IN ('Pending', 'Pending Director')) AS pending_approvals,
  oee.planned, oee.downtime, oee.output, oee.reject, oee.ideal,
  alerts.active AS active_alerts, alerts.critical AS alerts_critical, alerts.warning AS alerts_warning,
  (SELECT COALESCE(sum(c.balance), 0) FROM t_cash_acct c) AS cash_balance,
  (SELECT COALESCE(sum(ar.open_amt), 0) FROM rpt_open_due_day ar, d
    WHERE ar.kind = 'AR' AND ar.due_dt < d.today) AS ar_overdue,
  (SELECT COALESCE(sum(ap.open_amt), 0) FROM rpt_open_due_day ap, d
    WHERE ap.kind = 'AP' AND ap.due_dt BETWEEN d.today AND d.today + 7) AS ap_due_7_days
FROM oee, alerts
