-- The default cash account payments go to/come from (kelola.factory.cash-account), in every
-- environment, starting at zero: its balance only ever changes through t_cash_txn rows.
INSERT INTO t_cash_acct (code, name, balance) VALUES ('KAS-01', 'Kas & Bank Utama', 0)
ON CONFLICT (code) DO NOTHING;

-- Payables ageing and lists by vendor (receivables already have idx_t_ar_cust).
CREATE INDEX idx_t_ap_vendor ON t_ap (vendor_id) WHERE status <> 'Paid';
