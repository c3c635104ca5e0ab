package io.kelola.factory.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes and locks delivery order rows ({@code t_do}, {@code t_do_detail}). */
@Repository
class DeliveryRepository {

  record Delivery(long id, UUID uuid, String doNo, long soId, String soNo, String status, LocalDate shipDt,
      UUID ownerUuid) {}

  record Line(long id, long soDetailId, BigDecimal qty) {}

  private static final String DELIVERY = """
      SELECT d.id, d.uuid, d.do_no, d.so_id, s.so_no, d.status, d.ship_dt, d.owner_uuid
      FROM t_do d JOIN t_so s ON s.id = d.so_id WHERE d.deleted_at IS NULL""";

  private final JdbcClient jdbc;

  DeliveryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String no, long soId, Long driverId, String vehicle, LocalDate ship, LocalDate eta, String notes,
      UUID owner, Long by) {
    return jdbc.sql("""
            INSERT INTO t_do (do_no, so_id, driver_id, vehicle_no, ship_dt, eta_dt, notes, owner_uuid, created_by, updated_by)
            VALUES (:no, :so, :driver, :vehicle, :ship, :eta, :notes, :owner, :by, :by) RETURNING id""")
        .param("no", no).param("so", soId).param("driver", driverId).param("vehicle", vehicle).param("ship", ship)
        .param("eta", eta).param("notes", notes).param("owner", owner).param("by", by).query(Long.class).single();
  }

  void insertLine(long doId, long soDetailId, BigDecimal qty, Long by) {
    jdbc.sql("INSERT INTO t_do_detail (do_id, so_detail_id, qty, created_by) VALUES (:do, :line, :qty, :by)")
        .param("do", doId).param("line", soDetailId).param("qty", qty).param("by", by).update();
  }

  Optional<Delivery> find(String no) {
    return jdbc.sql(DELIVERY + " AND d.do_no = :no").param("no", no).query(Delivery.class).optional();
  }

  /** The delivery, its row locked; callers lock the sales order first (one lock order, no deadlock). */
  Optional<Delivery> lock(long id) {
    return jdbc.sql(DELIVERY + " AND d.id = :id FOR UPDATE OF d").param("id", id).query(Delivery.class).optional();
  }

  List<Line> lines(long doId) {
    return jdbc.sql("SELECT id, so_detail_id, qty FROM t_do_detail WHERE do_id = :do ORDER BY id")
        .param("do", doId).query(Line.class).list();
  }

  /** Quantity per sales order line on deliveries not yet delivered nor cancelled. */
  Map<Long, BigDecimal> committed(long soId) {
    return jdbc.sql("""
            SELECT l.so_detail_id, SUM(l.qty) AS qty FROM t_do_detail l JOIN t_do d ON d.id = l.do_id
            WHERE d.so_id = :so AND d.status IN ('Pending', 'Shipped') GROUP BY l.so_detail_id""")
        .param("so", soId)
        .query((rs, n) -> Map.entry(rs.getLong(1), rs.getBigDecimal(2))).list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  boolean anyShipped(long soId) {
    return count(soId, "'Shipped', 'Delivered'") > 0;
  }

  boolean anyOpen(long soId) {
    return count(soId, "'Pending', 'Shipped'") > 0;
  }

  List<Delivery> pendingOf(long soId) {
    return jdbc.sql(DELIVERY + " AND d.so_id = :so AND d.status = 'Pending' ORDER BY d.id FOR UPDATE OF d")
        .param("so", soId).query(Delivery.class).list();
  }

  void status(long id, String status, Long by) {
    jdbc.sql("UPDATE t_do SET status = :status, updated_by = :by WHERE id = :id")
        .param("id", id).param("status", status).param("by", by).update();
  }

  void shipped(long id, LocalDate shipDt, Long by) {
    jdbc.sql("UPDATE t_do SET status = 'Shipped', ship_dt = :ship, updated_by = :by WHERE id = :id")
        .param("id", id).param("ship", shipDt).param("by", by).update();
  }

  void delivered(long id, LocalDate actualDt, BigDecimal net, Long by) {
    jdbc.sql("UPDATE t_do SET status = 'Delivered', actual_dt = :actual, net_amt = :net, updated_by = :by WHERE id = :id")
        .param("id", id).param("actual", actualDt).param("net", net).param("by", by).update();
  }

  private long count(long soId, String statuses) {
    return jdbc.sql("SELECT count(*) FROM t_do WHERE so_id = :so AND deleted_at IS NULL AND status IN (" + statuses + ")")
        .param("so", soId).query(Long.class).single();
  }
}
