package io.kelola.factory.approvals;

import io.kelola.shared.security.KelolaPrincipal;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for the caller's approval: sales orders in Pending for {@code SO.APPROVE} holders,
 * purchase orders in Pending for {@code PO.APPROVE} and in Pending Director for
 * {@code PO.APPROVE.DIRECTOR}; oldest first. Nothing for anyone else (deny by default).
 */
@Service
public class ApprovalsInbox {

  /** More than this per kind is a backlog, not an inbox: the oldest are shown. */
  static final int LIMIT = 200;

  private static final String SALES_ORDERS = """
      SELECT 'SO' AS kind, s.so_no AS number, c.name AS party, c.code AS party_code, s.order_dt AS doc_dt,
             s.grand_amt AS total, s.status, s.over_credit, c.credit_lim AS credit_limit,
             (SELECT COALESCE(sum(ar.amt - ar.paid_amt), 0) FROM t_ar ar
               WHERE ar.cust_id = s.cust_id AND ar.status <> 'Paid') + s.grand_amt AS exposure,
             COALESCE((SELECT max(ls.changed_at) FROM log_status ls
                        WHERE ls.entity_type = 'SO' AND ls.entity_id = s.id), s.updated_at) AS since,
             sla.target_at, COALESCE(sla.is_breached, FALSE) AS breached
      FROM t_so s
      JOIN m_cust c ON c.id = s.cust_id
      LEFT JOIN log_sla sla ON sla.entity_type = 'SO' AND sla.entity_id = s.id AND sla.sla_type = 'Approval'
                           AND sla.completed_at IS NULL
      WHERE s.deleted_at IS NULL AND s.status = 'Pending'
      ORDER BY s.order_dt, s.id
      LIMIT :limit""";

  private static final String PURCHASE_ORDERS = """
      SELECT 'PO' AS kind, p.po_no AS number, v.name AS party, v.code AS party_code, p.order_dt AS doc_dt,
             p.grand_amt AS total, p.status, FALSE AS over_credit, NULL::numeric AS credit_limit,
             NULL::numeric AS exposure,
             COALESCE((SELECT max(ls.changed_at) FROM log_status ls
                        WHERE ls.entity_type = 'PO' AND ls.entity_id = p.id), p.updated_at) AS since,
             sla.target_at, COALESCE(sla.is_breached, FALSE) AS breached
      FROM t_po p
      JOIN m_vendor v ON v.id = p.vendor_id
      LEFT JOIN log_sla sla ON sla.entity_type = 'PO' AND sla.entity_id = p.id AND sla.sla_type = 'Approval'
                           AND sla.completed_at IS NULL
      WHERE p.deleted_at IS NULL AND p.status IN (:statuses)
      ORDER BY p.order_dt, p.id
      LIMIT :limit""";

  private final JdbcClient jdbc;
  private final Clock clock;

  ApprovalsInbox(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<InboxItem> itemsFor(KelolaPrincipal caller) {
    var now = clock.instant();
    var items = new ArrayList<InboxItem>();
    if (caller.can("SO.APPROVE")) {
      items.addAll(jdbc.sql(SALES_ORDERS).param("limit", LIMIT).query((rs, n) -> item(rs, now)).list());
    }
    var poStatuses = new ArrayList<String>();
    if (caller.can("PO.APPROVE")) poStatuses.add("Pending");
    if (caller.can("PO.APPROVE.DIRECTOR")) poStatuses.add("Pending Director");
    if (!poStatuses.isEmpty()) {
      items.addAll(jdbc.sql(PURCHASE_ORDERS).param("statuses", poStatuses).param("limit", LIMIT)
          .query((rs, n) -> item(rs, now)).list());
    }
    items.sort(Comparator.comparing(InboxItem::waitingSince).thenComparing(InboxItem::number));
    return items;
  }

  private static InboxItem item(ResultSet rs, Instant now) throws SQLException {
    var target = rs.getTimestamp("target_at");
    Long left = target == null ? null : Duration.between(now, target.toInstant()).toMinutes();
    boolean breached = rs.getBoolean("breached") || (target != null && now.isAfter(target.toInstant()));
    BigDecimal limit = rs.getBigDecimal("credit_limit");
    BigDecimal exposure = rs.getBigDecimal("exposure");
    boolean over = rs.getBoolean("over_credit") || (limit != null && exposure != null && exposure.compareTo(limit) > 0);
    return new InboxItem(rs.getString("kind"), rs.getString("number"), rs.getString("party"),
        rs.getString("party_code"), rs.getDate("doc_dt").toLocalDate(), rs.getBigDecimal("total"),
        rs.getString("status"), instant(rs.getTimestamp("since")), target == null ? null : target.toInstant(), left,
        breached, limit, exposure, over);
  }

  private static Instant instant(Timestamp ts) {
    return ts == null ? null : ts.toInstant();
  }
}
