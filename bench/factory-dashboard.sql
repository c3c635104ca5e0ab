-- Bulk data for bench/factory-dashboard.sh: sales orders :from_so..:to_so with 10 lines each, a
-- delivery and an invoice per closed order, purchase orders with bills, shift rollups, alerts and
-- the revenue rollup kept consistent with the invoices. Set-based (generate_series), one pass per
-- table; foreign-key triggers are skipped (session_replication_role) because the rows are
-- consistent by construction and the load is about reading big tables, not writing them.
-- psql variables: from_so, to_so (1-based order numbers), today (the WIB day, 'YYYY-MM-DD').
SET session_replication_role = replica;
SET synchronous_commit = off;

INSERT INTO m_cust (code, name, segment, credit_lim)
SELECT 'BCUST-' || lpad(g::text, 3, '0'), 'Pelanggan Uji ' || g, CASE WHEN g % 4 = 0 THEN 'VIP' ELSE 'Regular' END,
       100000000 * (1 + g % 10)
FROM generate_series(1, 200) g
ON CONFLICT (code) DO NOTHING;

CREATE TEMP TABLE bench_ids AS
SELECT (SELECT array_agg(id ORDER BY code) FROM m_cust WHERE code LIKE 'BCUST-%') AS custs,
       (SELECT array_agg(id ORDER BY code) FROM m_item WHERE deleted_at IS NULL) AS items,
       (SELECT id FROM m_wh WHERE code = 'WH-B1') AS wh,
       (SELECT array_agg(id ORDER BY code) FROM m_vendor WHERE deleted_at IS NULL) AS vendors;

-- Orders over the last two years; statuses: 2 % Draft, 3 % Pending, 10 % Approved, 83 % Closed, 2 % Cancelled.
INSERT INTO t_so (so_no, cust_id, wh_id, order_dt, gross_amt, total_amt, tax_amt, grand_amt, status, created_at, updated_at)
SELECT 'BSO-' || lpad(g::text, 8, '0'), b.custs[1 + g % array_length(b.custs, 1)], b.wh,
       CAST(:'today' AS date) - (g % 730), 10 * (1000000 + g % 997 * 1000), 10 * (1000000 + g % 997 * 1000),
       round(10 * (1000000 + g % 997 * 1000) * 0.11, 2), round(10 * (1000000 + g % 997 * 1000) * 1.11, 2),
       CASE WHEN g % 100 < 2 THEN 'Draft' WHEN g % 100 < 5 THEN 'Pending' WHEN g % 100 < 15 THEN 'Approved'
            WHEN g % 100 < 98 THEN 'Closed' ELSE 'Cancelled' END,
       now(), now()
FROM generate_series(:from_so, :to_so) g, bench_ids b;

INSERT INTO t_so_detail (so_id, line_no, item_id, qty, unit_price, line_amt, qty_delivered)
SELECT s.id, l, b.items[1 + (s.id + l) % array_length(b.items, 1)], 10, 100000 + s.id % 997 * 100,
       1000 * (100 + s.id % 997 / 10), CASE WHEN s.status = 'Closed' THEN 10 ELSE 0 END
FROM t_so s, bench_ids b, generate_series(1, 10) l
WHERE s.so_no BETWEEN 'BSO-' || lpad(CAST(:from_so AS text), 8, '0') AND 'BSO-' || lpad(CAST(:to_so AS text), 8, '0');

INSERT INTO t_do (do_no, so_id, ship_dt, actual_dt, status, net_amt)
SELECT 'BDO-' || substr(s.so_no, 5), s.id, s.order_dt + 2, s.order_dt + 3, 'Delivered', s.total_amt
FROM t_so s
WHERE s.status = 'Closed'
  AND s.so_no BETWEEN 'BSO-' || lpad(CAST(:from_so AS text), 8, '0') AND 'BSO-' || lpad(CAST(:to_so AS text), 8, '0');

-- One invoice per delivery, due after 30 days; paid when due more than 45 days ago, except 1 in 20
-- which stays open (the overdue tail); the rest is open.
INSERT INTO t_ar (inv_no, so_id, do_id, cust_id, inv_dt, net_amt, tax_amt, amt, paid_amt, due_dt, paid_dt, status)
SELECT 'BINV-' || substr(s.so_no, 5), s.id, d.id, s.cust_id, d.actual_dt, s.total_amt, s.tax_amt, s.grand_amt,
       CASE WHEN paid THEN s.grand_amt ELSE 0 END, d.actual_dt + 30, CASE WHEN paid THEN d.actual_dt + 28 END,
       CASE WHEN paid THEN 'Paid' WHEN d.actual_dt + 30 < CAST(:'today' AS date) THEN 'Overdue' ELSE 'Open' END
FROM t_so s JOIN t_do d ON d.so_id = s.id
CROSS JOIN LATERAL (SELECT d.actual_dt + 30 < CAST(:'today' AS date) - 45 AND s.id % 20 <> 0 AS paid) p
WHERE s.so_no BETWEEN 'BSO-' || lpad(CAST(:from_so AS text), 8, '0') AND 'BSO-' || lpad(CAST(:to_so AS text), 8, '0');

-- the open-items rollup the t_ar/t_ap trigger keeps (triggers are off for the load)
INSERT INTO rpt_open_due_day (kind, due_dt, open_amt, open_count)
SELECT 'AR', a.due_dt, sum(a.amt - a.paid_amt), count(*) FROM t_ar a
WHERE a.status <> 'Paid'
  AND a.inv_no BETWEEN 'BINV-' || lpad(CAST(:from_so AS text), 8, '0') AND 'BINV-' || lpad(CAST(:to_so AS text), 8, '0')
GROUP BY a.due_dt
ON CONFLICT (kind, due_dt) DO UPDATE SET open_amt = rpt_open_due_day.open_amt + EXCLUDED.open_amt,
                                         open_count = rpt_open_due_day.open_count + EXCLUDED.open_count;

INSERT INTO rpt_revenue_day (day, revenue, do_count)
SELECT a.inv_dt, sum(a.net_amt), count(*) FROM t_ar a
WHERE a.inv_no BETWEEN 'BINV-' || lpad(CAST(:from_so AS text), 8, '0') AND 'BINV-' || lpad(CAST(:to_so AS text), 8, '0')
GROUP BY a.inv_dt
ON CONFLICT (day) DO UPDATE SET revenue = rpt_revenue_day.revenue + EXCLUDED.revenue,
                                do_count = rpt_revenue_day.do_count + EXCLUDED.do_count;

-- One purchase order per 10 sales orders: 3 % Pending, 2 % Pending Director, the rest received with a bill.
INSERT INTO t_po (po_no, vendor_id, wh_id, order_dt, total_amt, tax_amt, grand_amt, status)
SELECT 'BPO-' || lpad(g::text, 8, '0'), b.vendors[1 + g % array_length(b.vendors, 1)], b.wh,
       CAST(:'today' AS date) - (g % 730), 5000000, 550000, 5550000,
       CASE WHEN g % 100 < 3 THEN 'Pending' WHEN g % 100 < 5 THEN 'Pending Director' ELSE 'Received' END
FROM generate_series(:from_so / 10 + 1, :to_so / 10) g, bench_ids b;

INSERT INTO t_ap (bill_no, po_id, vendor_id, bill_dt, net_amt, tax_amt, amt, paid_amt, due_dt, status)
SELECT 'BBIL-' || substr(p.po_no, 5), p.id, p.vendor_id, p.order_dt + 5, p.total_amt, p.tax_amt, p.grand_amt,
       CASE WHEN p.order_dt + 35 < CAST(:'today' AS date) THEN p.grand_amt ELSE 0 END, p.order_dt + 35,
       CASE WHEN p.order_dt + 35 < CAST(:'today' AS date) THEN 'Paid' ELSE 'Open' END
FROM t_po p
WHERE p.status = 'Received'
  AND p.po_no BETWEEN 'BPO-' || lpad(CAST(:from_so / 10 + 1 AS text), 8, '0') AND 'BPO-' || lpad(CAST(:to_so / 10 AS text), 8, '0');

INSERT INTO rpt_open_due_day (kind, due_dt, open_amt, open_count)
SELECT 'AP', b.due_dt, sum(b.amt - b.paid_amt), count(*) FROM t_ap b
WHERE b.status <> 'Paid'
  AND b.bill_no BETWEEN 'BBIL-' || lpad(CAST(:from_so / 10 + 1 AS text), 8, '0') AND 'BBIL-' || lpad(CAST(:to_so / 10 AS text), 8, '0')
GROUP BY b.due_dt
ON CONFLICT (kind, due_dt) DO UPDATE SET open_amt = rpt_open_due_day.open_amt + EXCLUDED.open_amt,
                                         open_count = rpt_open_due_day.open_count + EXCLUDED.open_count;

-- Three shifts a day on every machine for two years (once; later steps find the days filled).
INSERT INTO rpt_oee_day (machine_id, day, planned_min, downtime_min, output_qty, reject_qty, ideal_qty)
SELECT m.id, CAST(:'today' AS date) - d, 1440, 60 + (m.id + d) % 90, 2600 + (m.id * d) % 300, 40 + d % 50, 3000
FROM m_machine m, generate_series(0, 729) d
WHERE m.deleted_at IS NULL
ON CONFLICT (machine_id, day) DO NOTHING;

-- Alerts: one per 1,000 orders, 1 in 10 unread.
INSERT INTO ai_alert (module, alert_type, severity, message, is_read, ts)
SELECT 'BENCH', 'ANOMALY', (ARRAY['Critical', 'High', 'Medium', 'Low'])[1 + g % 4], 'Peringatan uji ' || g, g % 10 <> 0,
       now() - make_interval(hours => g % 5000)
FROM generate_series(:from_so / 1000 + 1, :to_so / 1000) g;

INSERT INTO t_cash_acct (code, name, balance)
SELECT 'BKAS-' || g, 'Kas uji ' || g, 250000000 * g FROM generate_series(1, 4) g
ON CONFLICT (code) DO NOTHING;

RESET session_replication_role;
ANALYZE;
