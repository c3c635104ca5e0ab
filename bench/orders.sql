-- pgbench baseline for one operation of bench/OrderLoad.java: create a one-line sales order,
-- submit it, approve it (credit check + stock reservation) — the same three transactions, the same
-- rows written (document counter, order, line, status history, SLA rows, reservation, balance,
-- audit rows, outbox rows) and the same lookups by code the API path makes (factory.sales
-- SalesOrders create/submit/approve, StockLedger.reserve). Left out: the per-request session check,
-- JSON and the detail read each API call answers with, and the relay marking outbox rows published
-- after commit — that is our path's own cost.
-- Variables (-D): nitems, wh (warehouse id), usr (sales user id), mgr (approving user id).
-- Client i orders item BENCH-<i mod nitems>, exactly as OrderLoad spreads its clients.
\set k :client_id % :nitems
-- 1. create (Draft)
BEGIN;
SELECT id AS cust, credit_lim FROM m_cust WHERE deleted_at IS NULL AND code = 'BENCH-CUST' \gset
SELECT id AS whx FROM m_wh WHERE deleted_at IS NULL AND code = 'BENCH-WH' \gset
SELECT id AS item, uom FROM m_item WHERE deleted_at IS NULL AND code = 'BENCH-' || :k \gset
SELECT sell_price FROM m_item WHERE id = :item \gset
INSERT INTO t_doc_seq (doc_type, period, last_no) VALUES ('SO', to_char(now() AT TIME ZONE 'Asia/Jakarta', 'YYYYMM'), 1)
  ON CONFLICT (doc_type, period) DO UPDATE SET last_no = t_doc_seq.last_no + 1 RETURNING last_no \gset
INSERT INTO t_so (so_no, cust_id, wh_id, order_dt, gross_amt, disc_pct, total_amt, tax_amt, grand_amt, created_by, updated_by)
  VALUES ('SO-' || to_char(now() AT TIME ZONE 'Asia/Jakarta', 'YYYYMM') || '-' || lpad(:last_no::text, 4, '0'),
          :cust, :wh, current_date, 1000, 0, 1000, 110, 1110, :usr, :usr) RETURNING id AS so, so_no \gset
INSERT INTO t_so_detail (so_id, line_no, item_id, qty, unit_price, disc_pct, tax_code, line_amt, created_by)
  VALUES (:so, 1, :item, 1, 1000, 0, 'PPN', 1000, :usr);
INSERT INTO log_status (entity_type, entity_id, old_status, new_status, changed_at, changed_by)
  VALUES ('SO', :so, NULL, 'Draft', now(), :usr);
INSERT INTO log_audit (user_id, username, action, entity_type, entity_id, entity_key, new_value, ip_address, created_at)
  VALUES (:usr, 'bench', 'CREATE', 't_so', :so, :so_no, '{"grand":1110,"lines":1}', '127.0.0.1', now());
SELECT pg_advisory_xact_lock(1801807983, hashtext(:so_no));
INSERT INTO t_event_outbox (event_id, event_type, occurred_at, resource_id, payload)
  VALUES (gen_random_uuid(), 'factory.so.created', now(), :so_no, '{"status":"Draft"}');
END;
-- 2. submit (Pending)
BEGIN;
SELECT s.id, s.status FROM t_so s JOIN m_cust c ON c.id = s.cust_id JOIN m_wh w ON w.id = s.wh_id
  WHERE s.deleted_at IS NULL AND s.so_no = :so_no FOR UPDATE OF s;
UPDATE t_so SET status = 'Pending', submitted_by = :usr, updated_by = :usr WHERE id = :so;
SELECT changed_at FROM log_status WHERE entity_type = 'SO' AND entity_id = :so ORDER BY changed_at DESC, id DESC LIMIT 1;
INSERT INTO log_status (entity_type, entity_id, old_status, new_status, changed_at, changed_by, duration_min)
  VALUES ('SO', :so, 'Draft', 'Pending', now(), :usr, 0);
INSERT INTO log_audit (user_id, username, action, entity_type, entity_id, entity_key, new_value, ip_address, created_at)
  VALUES (:usr, 'bench', 'UPDATE', 't_so', :so, :so_no, '{"status":"Pending"}', '127.0.0.1', now());
SELECT pg_advisory_xact_lock(1801807983, hashtext(:so_no));
INSERT INTO t_event_outbox (event_id, event_type, occurred_at, resource_id, payload)
  VALUES (gen_random_uuid(), 'factory.so.status_changed', now(), :so_no, '{"to":"Pending"}');
INSERT INTO log_sla (entity_type, entity_id, entity_key, sla_type, start_at, target_at, target_min)
  VALUES ('SO', :so, :so_no, 'Approval', now(), now() + interval '24 hours', 1440)
  ON CONFLICT (entity_type, entity_id, sla_type) DO NOTHING;
END;
-- 3. approve (credit check, reservation, Approved)
BEGIN;
SELECT s.id, s.status FROM t_so s JOIN m_cust c ON c.id = s.cust_id JOIN m_wh w ON w.id = s.wh_id
  WHERE s.deleted_at IS NULL AND s.so_no = :so_no FOR UPDATE OF s;
SELECT credit_lim FROM m_cust WHERE id = :cust;
SELECT COALESCE(SUM(amt - paid_amt), 0) FROM t_ar WHERE cust_id = :cust AND status <> 'Paid';
SELECT d.id, d.item_id, i.code FROM t_so_detail d JOIN m_item i ON i.id = d.item_id WHERE d.so_id = :so ORDER BY d.line_no;
SELECT id FROM m_item WHERE deleted_at IS NULL AND code = 'BENCH-' || :k;
SELECT id FROM m_wh WHERE deleted_at IS NULL AND code = 'BENCH-WH';
SELECT i.id AS inv FROM t_inv i LEFT JOIN t_lot l ON l.id = i.lot_id LEFT JOIN m_loc m ON m.id = i.loc_id
  WHERE i.item_id = :item AND i.wh_id = :wh AND (i.lot_id IS NULL OR l.status = 'RELEASED')
    AND (m.kind IS NULL OR m.kind = 'STORAGE')
  ORDER BY i.id FOR UPDATE OF i \gset
UPDATE t_inv SET qty_reserved = qty_reserved + 1 WHERE id = :inv AND qty_on_hand - qty_reserved >= 1;
INSERT INTO t_inv_resv (item_id, wh_id, inv_id, qty, qty_short, doc_type, doc_ref, created_by, updated_by)
  VALUES (:item, :wh, :inv, 1, 0, 'SO', :so_no, :mgr, :mgr) RETURNING uuid AS resv_uuid \gset
INSERT INTO log_audit (user_id, username, action, entity_type, entity_key, new_value, ip_address, created_at)
  VALUES (:mgr, 'bench', 'CREATE', 't_inv_resv', :resv_uuid, '{"status":"ACTIVE","qty":1}', '127.0.0.1', now());
SELECT pg_advisory_xact_lock(1801807983, hashtext(:resv_uuid));
INSERT INTO t_event_outbox (event_id, event_type, occurred_at, resource_id, payload)
  VALUES (gen_random_uuid(), 'inventory.reservation_changed', now(), :resv_uuid, '{"status":"ACTIVE","qty":1}');
INSERT INTO t_so_resv (so_id, item_id, resv_uuid) VALUES (:so, :item, :resv_uuid);
UPDATE t_so SET status = 'Approved', over_credit = false, credit_note = NULL, approved_at = NOW(), approved_by = :mgr,
    updated_by = :mgr WHERE id = :so;
SELECT changed_at FROM log_status WHERE entity_type = 'SO' AND entity_id = :so ORDER BY changed_at DESC, id DESC LIMIT 1;
INSERT INTO log_status (entity_type, entity_id, old_status, new_status, changed_at, changed_by, duration_min)
  VALUES ('SO', :so, 'Pending', 'Approved', now(), :mgr, 0);
INSERT INTO log_audit (user_id, username, action, entity_type, entity_id, entity_key, new_value, ip_address, created_at)
  VALUES (:mgr, 'bench', 'UPDATE', 't_so', :so, :so_no, '{"status":"Approved"}', '127.0.0.1', now());
SELECT pg_advisory_xact_lock(1801807983, hashtext(:so_no));
INSERT INTO t_event_outbox (event_id, event_type, occurred_at, resource_id, payload)
  VALUES (gen_random_uuid(), 'factory.so.status_changed', now(), :so_no, '{"to":"Approved"}');
UPDATE log_sla SET completed_at = now(), actual_min = 0, is_breached = now() > target_at
  WHERE entity_type = 'SO' AND entity_id = :so AND sla_type = 'Approval' AND completed_at IS NULL;
INSERT INTO log_sla (entity_type, entity_id, entity_key, sla_type, start_at, target_at, target_min)
  VALUES ('SO', :so, :so_no, 'Processing', now(), now() + interval '7 days', 10080)
  ON CONFLICT (entity_type, entity_id, sla_type) DO NOTHING;
END;
