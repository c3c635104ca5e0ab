package io.kelola.extracts.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code t_dispatch} and {@code t_dispatch_temp}. */
@Repository
class DispatchRepository {

  private static final String SELECT = """
      SELECT d.id, d.uuid, d.dispatch_no, l.lot_code, i.code AS item, i.uom, d.destination, c.code AS customer,
             c.name AS customer_name, d.qty, d.status, d.note, d.created_at, d.reservation_uuid, d.lot_id
      FROM t_dispatch d JOIN t_sari_lot l ON l.id = d.lot_id JOIN m_item i ON i.id = l.item_id
      LEFT JOIN m_cust c ON c.id = d.customer_id""";

  record Row(Dispatch dispatch, UUID reservation, long lotId) {}

  private final JdbcClient jdbc;

  DispatchRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  String nextNumber(java.time.LocalDate today) {
    long n = jdbc.sql("SELECT nextval('seq_dispatch')").query(Long.class).single();
    return "DSP-%d%02d-%05d".formatted(today.getYear(), today.getMonthValue(), n);
  }

  long insert(String no, long lotId, String destination, Long customerId, BigDecimal qty, UUID reservation, String note,
      Long by) {
    return jdbc.sql("""
            INSERT INTO t_dispatch (dispatch_no, lot_id, destination, customer_id, qty, reservation_uuid, note, created_by)
            VALUES (:no, :lot, :dest, :cust, :qty, :resv, :note, :by) RETURNING id""")
        .param("no", no).param("lot", lotId).param("dest", destination).param("cust", customerId).param("qty", qty)
        .param("resv", reservation).param("note", note).param("by", by).query(Long.class).single();
  }

  void setStatus(long id, String status) {
    jdbc.sql("UPDATE t_dispatch SET status = :s, updated_at = NOW() WHERE id = :id").param("s", status).param("id", id)
        .update();
  }

  void addReading(long id, Instant at, BigDecimal temp, boolean inRange, String note, Long by) {
    jdbc.sql("""
            INSERT INTO t_dispatch_temp (dispatch_id, read_at, temp_c, in_range, note, recorded_by)
            VALUES (:id, :at, :t, :ok, :note, :by)""")
        .param("id", id).param("at", QcJobRepository.utc(at)).param("t", temp).param("ok", inRange)
        .param("note", note).param("by", by).update();
  }

  Optional<Row> lock(String no) {
    return jdbc.sql(SELECT + " WHERE d.dispatch_no = :no FOR UPDATE OF d").param("no", no).query(this::row).optional();
  }

  Optional<Dispatch> byNumber(String no) {
    return jdbc.sql(SELECT + " WHERE d.dispatch_no = :no").param("no", no).query(this::row).optional().map(Row::dispatch);
  }

  List<Dispatch> recent(int limit) {
    return jdbc.sql(SELECT + " ORDER BY d.created_at DESC, d.id DESC LIMIT :limit").param("limit", limit)
        .query(this::row).list().stream().map(Row::dispatch).toList();
  }

  List<Dispatch> ofLot(long lotId) {
    return jdbc.sql(SELECT + " WHERE d.lot_id = :lot ORDER BY d.created_at").param("lot", lotId).query(this::row).list()
        .stream().map(Row::dispatch).toList();
  }

  /** Quantity of the lot promised to dispatches that have not shipped yet or are on their way. */
  BigDecimal committed(long lotId) {
    return jdbc.sql("SELECT COALESCE(SUM(qty), 0) FROM t_dispatch WHERE lot_id = :lot AND status <> 'CANCELLED'")
        .param("lot", lotId).query(BigDecimal.class).single();
  }

  private Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    long id = rs.getLong("id");
    var readings = jdbc.sql("SELECT read_at, temp_c, in_range, note FROM t_dispatch_temp WHERE dispatch_id = :id ORDER BY read_at, id")
        .param("id", id)
        .query((r, i) -> new Dispatch.Reading(QcJobRepository.instant(r, "read_at"), r.getBigDecimal("temp_c"),
            r.getBoolean("in_range"), r.getString("note")))
        .list();
    var d = new Dispatch(id, rs.getObject("uuid", UUID.class), rs.getString("dispatch_no"), rs.getString("lot_code"),
        rs.getString("item"), rs.getString("destination"), rs.getString("customer"), rs.getString("customer_name"),
        rs.getBigDecimal("qty"), rs.getString("uom"), rs.getString("status"), rs.getString("note"),
        QcJobRepository.instant(rs, "created_at"), readings);
    return new Row(d, rs.getObject("reservation_uuid", UUID.class), rs.getLong("lot_id"));
  }
}
