package io.kelola.factory.production;

import io.kelola.factory.production.ShiftLogRecords.Oee;
import io.kelola.factory.production.ShiftLogRecords.ShiftLog;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of {@code t_shift_log} and the OEE read of {@code rpt_oee_day}. */
@Repository
class ShiftLogRepository {

  private static final Map<String, String> SORTS = Map.of("date", "s.log_dt", "machine", "m.code", "output",
      "s.output_qty", "reject", "s.reject_qty", "downtime", "s.downtime_min");

  private final JdbcClient jdbc;

  ShiftLogRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Long> workOrderId(String woNo) {
    return jdbc.sql("SELECT id FROM t_wo WHERE wo_no = :no AND deleted_at IS NULL").param("no", woNo)
        .query(Long.class).optional();
  }

  boolean exists(long machineId, LocalDate date, String shift) {
    return jdbc.sql("SELECT count(*) FROM t_shift_log WHERE machine_id = :m AND log_dt = :d AND shift = :s")
        .param("m", machineId).param("d", date).param("s", shift).query(Long.class).single() > 0;
  }

  long insert(long machineId, long empId, Long woId, LocalDate date, String shift, int planned, BigDecimal output,
      BigDecimal reject, BigDecimal downtime, String errorCode, Long by) {
    return jdbc.sql("""
            INSERT INTO t_shift_log (machine_id, emp_id, wo_id, log_dt, shift, planned_min, output_qty, reject_qty,
                                     downtime_min, error_code, created_by)
            VALUES (:m, :e, :wo, :d, :s, :planned, :out, :rej, :down, :err, :by) RETURNING id""")
        .param("m", machineId).param("e", empId).param("wo", woId).param("d", date).param("s", shift)
        .param("planned", planned).param("out", output).param("rej", reject).param("down", downtime)
        .param("err", errorCode).param("by", by).query(Long.class).single();
  }

  ShiftLog find(long id) {
    return jdbc.sql(SELECT + " AND s.id = :id").param("id", id).query(ShiftLogRepository::row).single();
  }

  PageResult<ShiftLog> page(PageQuery q, LocalDate from, LocalDate to, String machine, Long createdBy) {
    var where = " " + """
         AND s.log_dt BETWEEN :from AND :to AND (CAST(:m AS VARCHAR) IS NULL OR m.code = :m)
         AND (CAST(:by AS BIGINT) IS NULL OR s.created_by = :by)""";
    long total = jdbc.sql("SELECT count(*) " + FROM + where).param("from", from).param("to", to).param("m", machine)
        .param("by", createdBy).query(Long.class).single();
    var rows = jdbc.sql(SELECT + where + q.orderBy(SORTS, "s.log_dt DESC, s.shift DESC, m.code").replace(", id", ", s.id")
            + " LIMIT :limit OFFSET :offset")
        .param("from", from).param("to", to).param("m", machine).param("by", createdBy).param("limit", q.size())
        .param("offset", q.offset()).query(ShiftLogRepository::row).list();
    return new PageResult<>(rows, q, total);
  }

  /** Every active machine with its sums in the range (zeros when it logged nothing). */
  List<Oee> oee(LocalDate from, LocalDate to) {
    return jdbc.sql("""
            SELECT m.code, m.name, COALESCE(sum(r.planned_min), 0) AS planned, COALESCE(sum(r.downtime_min), 0) AS down,
                   COALESCE(sum(r.output_qty), 0) AS out, COALESCE(sum(r.reject_qty), 0) AS rej,
                   COALESCE(sum(r.ideal_qty), 0) AS ideal
            FROM m_machine m LEFT JOIN rpt_oee_day r ON r.machine_id = m.id AND r.day BETWEEN :from AND :to
            WHERE m.deleted_at IS NULL
            GROUP BY m.id, m.code, m.name ORDER BY m.code""")
        .param("from", from).param("to", to)
        .query((rs, n) -> new Oee(rs.getString("code"), rs.getString("name"), rs.getBigDecimal("planned"),
            rs.getBigDecimal("down"), rs.getBigDecimal("out"), rs.getBigDecimal("rej"), rs.getBigDecimal("ideal")))
        .list();
  }

  private static final String FROM = """
      FROM t_shift_log s JOIN m_machine m ON m.id = s.machine_id JOIN m_emp e ON e.id = s.emp_id
      LEFT JOIN t_wo w ON w.id = s.wo_id LEFT JOIN adm_user u ON u.id = s.created_by WHERE TRUE""";

  private static final String SELECT = """
      SELECT s.uuid, m.code AS m_code, m.name AS m_name, e.code AS e_code, e.name AS e_name, w.wo_no, s.log_dt, s.shift,
             s.planned_min, s.output_qty, s.reject_qty, s.downtime_min, s.error_code, s.created_at, u.username
      """ + FROM;

  private static ShiftLog row(ResultSet rs, int n) throws SQLException {
    return new ShiftLog(rs.getObject("uuid", UUID.class), rs.getString("m_code"), rs.getString("m_name"),
        rs.getString("e_code"), rs.getString("e_name"), rs.getString("wo_no"), rs.getObject("log_dt", LocalDate.class),
        rs.getString("shift"), rs.getInt("planned_min"), rs.getBigDecimal("output_qty"), rs.getBigDecimal("reject_qty"),
        rs.getBigDecimal("downtime_min"), rs.getString("error_code"), rs.getTimestamp("created_at").toInstant(),
        rs.getString("username"));
  }
}
