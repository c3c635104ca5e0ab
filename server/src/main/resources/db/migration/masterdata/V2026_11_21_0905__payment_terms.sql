-- Payment terms for documents of the factory ERP (seed 002 §1.2 t_ar.due_dt / t_ap.due_dt are
-- "due date from customer/vendor terms"): days after the invoice or goods receipt.
ALTER TABLE m_cust   ADD COLUMN term_days INT NOT NULL DEFAULT 30 CHECK (term_days BETWEEN 0 AND 365);
ALTER TABLE m_vendor ADD COLUMN term_days INT NOT NULL DEFAULT 30 CHECK (term_days BETWEEN 0 AND 365);
