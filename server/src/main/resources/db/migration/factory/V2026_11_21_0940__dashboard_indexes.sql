-- Indexes the dashboard summary needs to stay a handful of index reads at millions of order lines.
-- OEE sums the month of every machine: the primary key leads with machine_id, so a day index.
CREATE INDEX idx_rpt_oee_day_day ON rpt_oee_day (day);
-- Overdue receivables and payables due within a week: open rows by due date, with the amounts in
-- the index so the sums never visit the table (open rows grow with the number of invoices).
CREATE INDEX idx_t_ar_open_amounts ON t_ar (due_dt) INCLUDE (amt, paid_amt) WHERE status <> 'Paid';
CREATE INDEX idx_t_ap_open_amounts ON t_ap (due_dt) INCLUDE (amt, paid_amt) WHERE status <> 'Paid';
