package io.kelola.factory.finance;

import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The cash book of one account, newest first, each line with the balance after it. The running
 * balance is taken over all of the account's lines in (date, entry) order before any filter, so a
 * filtered page still shows the true balances.
 */
@Service
public class CashQueries {

  private final JdbcClient jdbc;

  CashQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public PageResult<CashTxnRow> transactions(String account, LocalDate from, LocalDate to, String category,
      PageQuery page) {
    var where = new StringBuilder(" WHERE 1=1");
    if (from != null) where.append(" AND x.txn_dt >= :from");
    if (to != null) where.append(" AND x.txn_dt <= :to");
    if (category != null) where.append(" AND x.category = :cat");
    if (page.hasSearch()) {
      where.append(" AND (x.ref ILIKE :q OR x.notes ILIKE :q OR x.doc_no ILIKE :q)");
    }
    var base = """
        FROM (SELECT t.id, t.uuid, a.code, t.txn_dt, t.direction, t.category, t.amt, t.ref, t.notes,
                     COALESCE(ar.inv_no, ap.bill_no) AS doc_no,
                     SUM(CASE t.direction WHEN 'IN' THEN t.amt ELSE -t.amt END)
                         OVER (ORDER BY t.txn_dt, t.id) AS running
              FROM t_cash_txn t JOIN t_cash_acct a ON a.id = t.cash_acct_id
              LEFT JOIN t_ar ar ON ar.id = t.ar_id LEFT JOIN t_ap ap ON ap.id = t.ap_id
              WHERE a.code = :acct) x""" + where;
    var total = bind(jdbc.sql("SELECT COUNT(*) " + base), account, from, to, category, page)
        .query(Long.class).single();
    var rows = bind(jdbc.sql("SELECT x.* " + base + " ORDER BY x.txn_dt DESC, x.id DESC LIMIT :limit OFFSET :offset"),
        account, from, to, category, page)
        .param("limit", page.size()).param("offset", page.offset())
        .query((rs, n) -> new CashTxnRow(rs.getObject("uuid", UUID.class), rs.getString("code"),
            rs.getObject("txn_dt", LocalDate.class), rs.getString("direction"), rs.getString("category"),
            rs.getBigDecimal("amt"), rs.getBigDecimal("running"), rs.getString("doc_no"), rs.getString("ref"),
            rs.getString("notes")))
        .list();
    return new PageResult<>(rows, page, total);
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec s, String account, LocalDate from,
      LocalDate to, String category, PageQuery page) {
    s = s.param("acct", account);
    if (from != null) s = s.param("from", from);
    if (to != null) s = s.param("to", to);
    if (category != null) s = s.param("cat", category);
    if (page.hasSearch()) s = s.param("q", page.likePattern());
    return s;
  }
}
