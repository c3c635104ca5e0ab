-- pgbench baseline for one GET /api/v1/inventory/stock?q=<item>&wh=<warehouse> (bench/stock.lua):
-- the count and the first page as StockQueries builds them for those two filters (detailed view,
-- default order, 20 rows); the search pattern is built in SQL because pgbench variables are numbers.
-- Variables (-D): items.
\set n random(1, :items)
\set w random(1, 5)
WITH base AS (
  SELECT v.id, i.code AS item_code, i.name AS item_name, i.category, i.uom, i.reorder_pt, w.code AS wh_code,
         l.code AS loc_code, t.lot_no, t.uuid AS lot_uuid, t.status AS lot_status, t.exp_dt,
         v.qty_on_hand AS on_hand, v.qty_reserved AS reserved
  FROM t_inv v
  JOIN m_item i ON i.id = v.item_id
  JOIN m_wh w ON w.id = v.wh_id
  LEFT JOIN m_loc l ON l.id = v.loc_id
  LEFT JOIN t_lot t ON t.id = v.lot_id
  WHERE TRUE AND (i.code ILIKE '%BLD-' || lpad(:n::text, 4, '0') || '%' OR i.name ILIKE '%BLD-' || lpad(:n::text, 4, '0') || '%')
    AND lower(w.code) = lower('BWH-' || :w)),
lines AS (SELECT * FROM base),
rated AS (
  SELECT lines.*, on_hand - reserved AS available,
         CASE WHEN reserved > on_hand THEN 'OVERSOLD' WHEN on_hand - reserved < reorder_pt THEN 'LOW' ELSE 'OK' END AS status,
         CASE WHEN reserved > on_hand THEN 2 WHEN on_hand - reserved < reorder_pt THEN 1 ELSE 0 END AS status_rank
  FROM lines)
SELECT count(*) FROM (SELECT * FROM rated WHERE TRUE) s;
WITH base AS (
  SELECT v.id, i.code AS item_code, i.name AS item_name, i.category, i.uom, i.reorder_pt, w.code AS wh_code,
         l.code AS loc_code, t.lot_no, t.uuid AS lot_uuid, t.status AS lot_status, t.exp_dt,
         v.qty_on_hand AS on_hand, v.qty_reserved AS reserved
  FROM t_inv v
  JOIN m_item i ON i.id = v.item_id
  JOIN m_wh w ON w.id = v.wh_id
  LEFT JOIN m_loc l ON l.id = v.loc_id
  LEFT JOIN t_lot t ON t.id = v.lot_id
  WHERE TRUE AND (i.code ILIKE '%BLD-' || lpad(:n::text, 4, '0') || '%' OR i.name ILIKE '%BLD-' || lpad(:n::text, 4, '0') || '%')
    AND lower(w.code) = lower('BWH-' || :w)),
lines AS (SELECT * FROM base),
rated AS (
  SELECT lines.*, on_hand - reserved AS available,
         CASE WHEN reserved > on_hand THEN 'OVERSOLD' WHEN on_hand - reserved < reorder_pt THEN 'LOW' ELSE 'OK' END AS status,
         CASE WHEN reserved > on_hand THEN 2 WHEN on_hand - reserved < reorder_pt THEN 1 ELSE 0 END AS status_rank
  FROM lines)
SELECT * FROM (SELECT * FROM rated WHERE TRUE) s
ORDER BY item_code, wh_code, loc_code NULLS FIRST, lot_no NULLS FIRST, id LIMIT 20 OFFSET 0;
