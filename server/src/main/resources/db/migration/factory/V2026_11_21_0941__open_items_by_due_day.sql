-- Open receivables and payables summed per due day, so the dashboard's "overdue" and "due within 7
-- days" read a few hundred day rows instead of every open invoice (which grow with the business).
-- Kept by a trigger on t_ar/t_ap in the writing transaction: whoever opens, pays or deletes an
-- invoice keeps the rollup right without knowing about it.
CREATE TABLE rpt_open_due_day (
    kind        VARCHAR(2)    NOT NULL CHECK (kind IN ('AR', 'AP')),
    due_dt      DATE          NOT NULL,
    open_amt    NUMERIC(18,2) NOT NULL DEFAULT 0,
    open_count  INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, due_dt)
);

-- TG_ARGV[0] is the kind. Open = status other than Paid; the open amount is amt − paid_amt.
CREATE FUNCTION rpt_open_due_track() RETURNS TRIGGER AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status <> 'Paid' THEN
        INSERT INTO rpt_open_due_day AS r (kind, due_dt, open_amt, open_count)
        VALUES (TG_ARGV[0], OLD.due_dt, -(OLD.amt - OLD.paid_amt), -1)
        ON CONFLICT (kind, due_dt) DO UPDATE SET open_amt = r.open_amt + EXCLUDED.open_amt,
                                                 open_count = r.open_count + EXCLUDED.open_count;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status <> 'Paid' THEN
        INSERT INTO rpt_open_due_day AS r (kind, due_dt, open_amt, open_count)
        VALUES (TG_ARGV[0], NEW.due_dt, NEW.amt - NEW.paid_amt, 1)
        ON CONFLICT (kind, due_dt) DO UPDATE SET open_amt = r.open_amt + EXCLUDED.open_amt,
                                                 open_count = r.open_count + EXCLUDED.open_count;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER rpt_open_due AFTER INSERT OR DELETE OR UPDATE OF amt, paid_amt, due_dt, status ON t_ar
    FOR EACH ROW EXECUTE FUNCTION rpt_open_due_track('AR');
CREATE TRIGGER rpt_open_due AFTER INSERT OR DELETE OR UPDATE OF amt, paid_amt, due_dt, status ON t_ap
    FOR EACH ROW EXECUTE FUNCTION rpt_open_due_track('AP');

INSERT INTO rpt_open_due_day (kind, due_dt, open_amt, open_count)
SELECT 'AR', due_dt, sum(amt - paid_amt), count(*) FROM t_ar WHERE status <> 'Paid' GROUP BY due_dt
UNION ALL
SELECT 'AP', due_dt, sum(amt - paid_amt), count(*) FROM t_ap WHERE status <> 'Paid' GROUP BY due_dt;
