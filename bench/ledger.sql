-- pgbench baseline for one ledger operation of bench/LedgerLoad.java: reserve 1 unit of this
-- client's bench item, then issue that reservation — the same two transactions, the same rows
-- written (balance, reservation, move, audit rows, outbox rows) and the same lookups by code the
-- API path makes (StockLedger reserve + issueReserved). Left out: the per-request session check
-- and the relay marking outbox rows published after commit — that is our path's own cost.
-- Variables (-D): nitems, wh (warehouse id), usr (user id). pgbench's client_id spreads clients
-- over items exactly as LedgerLoad does (client i → BENCH-<i mod nitems>).
\set k :client_id % :nitems
BEGIN;
SELECT id AS item, uom FROM m_item WHERE deleted_at IS NULL AND code = 'BENCH-' || :k \gset
SELECT id AS whx FROM m_wh WHERE deleted_at IS NULL AND id = :wh \gset
SELECT i.id AS inv FROM t_inv i LEFT JOIN t_lot l ON l.id = i.lot_id LEFT JOIN m_loc m ON m.id = i.loc_id
  WHERE i.item_id = :item AND i.wh_id = :wh AND (i.lot_id IS NULL OR l.status = 'RELEASED')
    AND (m.kind IS NULL OR m.kind = 'STORAGE')
  ORDER BY i.id FOR UPDATE OF i \gset
UPDATE t_inv SET qty_reserved = qty_reserved + 1 WHERE id = :inv AND qty_on_hand - qty_reserved >= 1;
INSERT INTO t_inv_resv (item_id, wh_id, inv_id, qty, qty_short, doc_type, doc_ref, created_by, updated_by)
  VALUES (:item, :wh, :inv, 1, 0, 'BENCH', 'PGB-' || :client_id, :usr, :usr) RETURNING id AS resv, uuid AS resv_uuid \gset
INSERT INTO log_audit (user_id, username, action, entity_type, entity_key, new_value, ip_address, created_at)
  VALUES (:usr, 'bench', 'CREATE', 't_inv_resv', :resv_uuid, '{"status":"ACTIVE","qty":1}', '127.0.0.1', now());
SELECT pg_advisory_xact_lock(1801807983, hashtext(:resv_uuid));
INSERT INTO t_event_outbox (event_id, event_type, occurred_at, resource_id, payload)
  VALUES (gen_random_uuid(), 'inventory.reservation_changed', now(), :resv_uuid, '{"status":"ACTIVE","qty":1}');
END;
BEGIN;
SELECT id FROM t_inv_resv WHERE uuid = :resv_uuid AND status = 'ACTIVE' FOR UPDATE;
UPDATE t_inv SET qty_on_hand = qty_on_hand - 1, qty_reserved = qty_reserved - 1, last_move_dt = current_date,
    updated_by = :usr
  WHERE id = :inv AND qty_on_hand >= 1 AND qty_reserved >= 1;
UPDATE t_inv_resv SET status = 'ISSUED', updated_by = :usr WHERE id = :resv;
INSERT INTO t_inv_move (item_id, wh_from, qty, qty_entered, uom_entered, move_type, reason, doc_type, doc_ref, created_by)
  VALUES (:item, :wh, 1, 1, :uom, 'OUT', 'RESERVATION', 'BENCH', 'PGB-' || :client_id, :usr) RETURNING uuid AS mv_uuid \gset
INSERT INTO log_audit (user_id, username, action, entity_type, entity_key, new_value, ip_address, created_at)
  VALUES (:usr, 'bench', 'CREATE', 't_inv_move', :mv_uuid, '{"type":"OUT","qty":1}', '127.0.0.1', now());
INSERT INTO log_audit (user_id, username, action, entity_type, entity_key, new_value, ip_address, created_at)
  VALUES (:usr, 'bench', 'UPDATE', 't_inv_resv', :resv_uuid, '{"status":"ISSUED","qty":1}', '127.0.0.1', now());
SELECT pg_advisory_xact_lock(1801807983, hashtext(:mv_uuid));
SELECT pg_advisory_xact_lock(1801807983, hashtext(:resv_uuid));
INSERT INTO t_event_outbox (event_id, event_type, occurred_at, resource_id, payload)
  VALUES (gen_random_uuid(), 'inventory.moved', now(), :mv_uuid, '{"type":"OUT","qty":1}');
INSERT INTO t_event_outbox (event_id, event_type, occurred_at, resource_id, payload)
  VALUES (gen_random_uuid(), 'inventory.reservation_changed', now(), :resv_uuid, '{"status":"ISSUED","qty":1}');
END;
