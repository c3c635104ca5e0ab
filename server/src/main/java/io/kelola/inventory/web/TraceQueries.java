package io.kelola.inventory.web;

import io.kelola.inventory.web.Trace.Direction;
import io.kelola.inventory.web.Trace.Edge;
import io.kelola.inventory.web.Trace.Kind;
import io.kelola.inventory.web.Trace.Node;
import io.kelola.inventory.web.Trace.Shipment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lot genealogy for recalls: recursive walks over t_lot_link, at most {@link #MAX_DEPTH} links deep
 * and cycle-safe (a lot already on the path is not entered again), plus the customer shipments
 * (OUT moves with a customer) of the lot and everything made from it.
 */
@Component
class TraceQueries {

  static final int MAX_DEPTH = 20;

  /** A walk step: the link and the lot it reaches ({@code next}), first reached at {@code depth}. */
  private record Step(long linkId, long from, long to, long next, BigDecimal qty, int depth) {}

  private record LotInfo(long id, UUID uuid, String lotNo, String status, String itemCode, String itemName, String uom) {}

  private final JdbcClient jdbc;

  TraceQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  Trace trace(long rootId, Direction direction) {
    var backward = direction == Direction.FORWARD ? List.<Step>of() : walk(rootId, "out_lot_id", "in_lot_id");
    var forward = direction == Direction.BACKWARD ? List.<Step>of() : walk(rootId, "in_lot_id", "out_lot_id");
    var levels = new LinkedHashMap<Long, Integer>();
    levels.put(rootId, 0);
    backward.forEach(s -> levels.merge(s.next(), -s.depth(), (a, b) -> Math.abs(a) <= Math.abs(b) ? a : b));
    forward.forEach(s -> levels.putIfAbsent(s.next(), s.depth()));
    var lots = lots(levels.keySet());

    var nodes = new ArrayList<Node>();
    levels.forEach((id, level) -> {
      var lot = lots.get(id);
      nodes.add(new Node(lot.uuid().toString(), Kind.LOT, level, lot.lotNo(), lot.itemCode(), lot.itemName(),
          lot.status(), "/inventory/lots/" + lot.uuid()));
    });
    var edges = new ArrayList<Edge>();
    var seen = new java.util.HashSet<Long>();
    for (var s : concat(backward, forward)) {
      var from = lots.get(s.from());
      var to = lots.get(s.to());
      if (seen.add(s.linkId())) { // in a cycle both walks can meet the same link
        edges.add(new Edge(from.uuid().toString(), to.uuid().toString(), s.qty(), from.uom()));
      }
    }

    var shipments = new ArrayList<Shipment>();
    if (direction != Direction.BACKWARD) {
      var shipped = new ArrayList<Long>();
      levels.forEach((id, level) -> {
        if (level >= 0) shipped.add(id);
      });
      shipments.addAll(shipments(shipped));
      int customerLevel = levels.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
      var perEdge = new LinkedHashMap<String, BigDecimal>();
      var uoms = new HashMap<String, String>();
      for (var s : shipments) {
        var custId = "customer:" + s.custCode();
        if (nodes.stream().noneMatch(n -> n.id().equals(custId))) {
          nodes.add(new Node(custId, Kind.CUSTOMER, customerLevel, s.custName(), s.custCode(), null, null, null));
        }
        var key = s.lotUuid() + "|" + custId;
        perEdge.merge(key, s.qty(), BigDecimal::add);
        uoms.put(key, s.uom());
      }
      perEdge.forEach((key, qty) -> {
        var parts = key.split("\\|", 2);
        edges.add(new Edge(parts[0], parts[1], qty, uoms.get(key)));
      });
    }
    return new Trace(lots.get(rootId).uuid(), nodes, edges, shipments);
  }

  /** Recursive walk from the root: {@code near} is the column matching the current lot, {@code far} the next lot. */
  private List<Step> walk(long rootId, String near, String far) {
    var sql = """
        WITH RECURSIVE walk (link_id, in_lot, out_lot, next_lot, qty, depth, path) AS (
          SELECT k.id, k.in_lot_id, k.out_lot_id, k.FAR, k.qty, 1, ARRAY[CAST(:root AS bigint), k.FAR]
          FROM t_lot_link k WHERE k.NEAR = :root
          UNION ALL
          SELECT k.id, k.in_lot_id, k.out_lot_id, k.FAR, k.qty, w.depth + 1, w.path || k.FAR
          FROM t_lot_link k JOIN walk w ON k.NEAR = w.next_lot
          WHERE w.depth < :max AND NOT (k.FAR = ANY (w.path))
        )
        SELECT link_id, in_lot, out_lot, next_lot, qty, min(depth) AS depth
        FROM walk GROUP BY link_id, in_lot, out_lot, next_lot, qty ORDER BY depth, link_id"""
        .replace("NEAR", near).replace("FAR", far);
    return jdbc.sql(sql).param("root", rootId).param("max", MAX_DEPTH)
        .query((rs, n) -> new Step(rs.getLong("link_id"), rs.getLong("in_lot"), rs.getLong("out_lot"), rs.getLong("next_lot"),
            rs.getBigDecimal("qty"), rs.getInt("depth")))
        .list();
  }

  private Map<Long, LotInfo> lots(Set<Long> ids) {
    var map = new HashMap<Long, LotInfo>();
    jdbc.sql("""
        SELECT t.id, t.uuid, t.lot_no, t.status, i.code, i.name, i.uom
        FROM t_lot t JOIN m_item i ON i.id = t.item_id WHERE t.id IN (:ids)""")
        .param("ids", List.copyOf(ids))
        .query((rs, n) -> new LotInfo(rs.getLong("id"), rs.getObject("uuid", UUID.class), rs.getString("lot_no"),
            rs.getString("status"), rs.getString("code"), rs.getString("name"), rs.getString("uom")))
        .list().forEach(l -> map.put(l.id(), l));
    return map;
  }

  private List<Shipment> shipments(List<Long> lotIds) {
    if (lotIds.isEmpty()) return List.of();
    return jdbc.sql("""
        SELECT t.uuid, t.lot_no, i.code AS item_code, i.uom, c.code AS cust_code, c.name AS cust_name,
               m.qty, m.created_at, m.doc_ref
        FROM t_inv_move m
        JOIN t_lot t ON t.id = m.lot_id
        JOIN m_item i ON i.id = m.item_id
        JOIN m_cust c ON c.id = m.cust_id
        WHERE m.move_type = 'OUT' AND m.lot_id IN (:ids)
        ORDER BY m.created_at, m.id
        LIMIT 5000""")
        .param("ids", lotIds)
        .query((rs, n) -> new Shipment(rs.getObject("uuid", UUID.class), rs.getString("lot_no"),
            rs.getString("item_code"), rs.getString("cust_code"), rs.getString("cust_name"), rs.getBigDecimal("qty"),
            rs.getString("uom"), rs.getTimestamp("created_at").toInstant(), rs.getString("doc_ref")))
        .list();
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    var all = new ArrayList<T>(a);
    all.addAll(b);
    return all;
  }
}
