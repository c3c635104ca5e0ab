package io.kelola.factory.finance;

import io.kelola.audit.StatusHistory;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read side of receivables and payables: filtered, sorted pages and one document in full. */
@Service
public class DocQueries {

  private static final Map<String, String> SORTS = Map.of("number", "number", "date", "doc_dt", "due", "due_dt",
      "party", "party_name", "amount", "amt", "remaining", "remaining", "status", "status");

  private final JdbcClient jdbc;
  private final StatusHistory history;
  private final Clock clock;

  DocQueries(JdbcClient jdbc, StatusHistory history, Clock clock) {
    this.jdbc = jdbc;
    this.history = history;
    this.clock = clock;
  }

  private static String base(Ledger l) {
    return "FROM (SELECT d.id, d.uuid, d." + l.numberCol + " AS number, p.code AS party_code, p.name AS party_name,"
        + " s.src_no, d." + l.dateCol + " AS doc_dt, d.due_dt, d.amt, d.paid_amt, d.amt - d.paid_amt AS remaining,"
        + " d.status, d.net_amt, d.tax_amt, d.paid_dt FROM " + l.table + " d JOIN " + l.partyTable
        + " p ON p.id = d." + l.partyCol + l.sourceJoin() + ") x";
  }

  public PageResult<DocRow> page(Ledger l, DocFilter f, PageQuery q) {
    var sql = base(l) + where(f, q);
    var total = bind(jdbc.sql("SELECT COUNT(*) " + sql), f, q).query(Long.class).single();
    var today = FinanceInput.today(clock);
    var rows = bind(jdbc.sql("SELECT x.* " + sql + q.orderBy(SORTS, "x.due_dt, x.id") + " LIMIT :limit OFFSET :offset"), f, q)
        .param("limit", q.size()).param("offset", q.offset())
        .query((rs, n) -> row(l, rs, today)).list();
    return new PageResult<>(rows, q, total);
  }

  /** Rows matching the filter and search (exports), in due-date order, at most {@code max}. */
  public java.util.List<DocRow> all(Ledger l, DocFilter f, String search, int max) {
    var q = new PageQuery(1, 1, null, false, search);
    var today = FinanceInput.today(clock);
    return bind(jdbc.sql("SELECT x.* " + base(l) + where(f, q) + " ORDER BY x.due_dt, x.id LIMIT :max"), f, q)
        .param("max", max).query((rs, n) -> row(l, rs, today)).list();
  }

  private static String where(DocFilter f, PageQuery q) {
    var where = new StringBuilder(" WHERE 1=1");
    if (f.status() != null) where.append("UNPAID".equals(f.status()) ? " AND x.status <> 'Paid'" : " AND x.status = :status");
    if (f.party() != null) where.append(" AND x.party_code = :party");
    if (f.dueFrom() != null) where.append(" AND x.due_dt >= :from");
    if (f.dueTo() != null) where.append(" AND x.due_dt <= :to");
    if (q.hasSearch()) {
      where.append(" AND (x.number ILIKE :q OR x.party_code ILIKE :q OR x.party_name ILIKE :q OR x.src_no ILIKE :q)");
    }
    return where.toString();
  }

  public DocDetail detail(Ledger l, String key) {
    if (key == null || key.isBlank() || key.length() > 40) throw BusinessRuleException.notFound("factory.fin.doc.notFound");
    var today = FinanceInput.today(clock);
    var where = Ledger.isUuid(key) ? " WHERE x.uuid = CAST(:key AS UUID)" : " WHERE x.number = :key";
    var found = jdbc.sql("SELECT x.* " + base(l) + where).param("key", key.strip())
        .query((rs, n) -> new Object[] {rs.getLong("id"), row(l, rs, today), rs.getBigDecimal("net_amt"),
            rs.getBigDecimal("tax_amt"), rs.getObject("paid_dt", LocalDate.class)})
        .optional().orElseThrow(() -> BusinessRuleException.notFound("factory.fin.doc.notFound"));
    long id = (Long) found[0];
    var payments = jdbc.sql("""
            SELECT t.uuid, t.txn_dt, a.code, t.amt, t.ref, t.notes FROM t_cash_txn t
            JOIN t_cash_acct a ON a.id = t.cash_acct_id WHERE t.""" + l.cashLink + " = :id ORDER BY t.txn_dt, t.id")
        .param("id", id)
        .query((rs, n) -> new DocDetail.Payment(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
            rs.getString(3), rs.getBigDecimal(4), rs.getString(5), rs.getString(6)))
        .list();
    return new DocDetail((DocRow) found[1], (java.math.BigDecimal) found[2], (java.math.BigDecimal) found[3],
        (LocalDate) found[4], payments, history.timeline(l.name(), id));
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec s, DocFilter f, PageQuery q) {
    if (f.status() != null && !"UNPAID".equals(f.status())) s = s.param("status", f.status());
    if (f.party() != null) s = s.param("party", f.party());
    if (f.dueFrom() != null) s = s.param("from", f.dueFrom());
    if (f.dueTo() != null) s = s.param("to", f.dueTo());
    if (q.hasSearch()) s = s.param("q", q.likePattern());
    return s;
  }

  private static DocRow row(Ledger l, ResultSet rs, LocalDate today) throws SQLException {
    var due = rs.getObject("due_dt", LocalDate.class);
    return new DocRow(rs.getObject("uuid", UUID.class), rs.getString("number"), l.name(), rs.getString("party_code"),
        rs.getString("party_name"), rs.getString("src_no"), rs.getObject("doc_dt", LocalDate.class), due,
        rs.getBigDecimal("amt"), rs.getBigDecimal("paid_amt"), rs.getBigDecimal("remaining"), rs.getString("status"),
        ChronoUnit.DAYS.between(due, today));
  }
}
