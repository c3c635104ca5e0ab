package io.kelola.factory.sales;

import io.kelola.audit.StatusHistory;
import io.kelola.factory.core.FactoryProperties;
import io.kelola.factory.core.SlaTracker;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads for the sales API and pages: order and delivery lists and details. */
@Service
@Transactional(readOnly = true)
public class SalesQueries {

  public static final Set<String> ORDER_STATUSES = Set.of("Draft", "Pending", "Approved", "Closed", "Cancelled");
  public static final Set<String> DELIVERY_STATUSES = Set.of("Pending", "Shipped", "Delivered", "Cancelled");

  private static final Map<String, String> ORDER_SORTS = Map.of("no", "s.so_no", "date", "s.order_dt",
      "customer", "c.name", "grand", "s.grand_amt", "status", "s.status", "deadline", "s.deadline_dt");
  private static final Map<String, String> DELIVERY_SORTS = Map.of("no", "d.do_no", "so", "s.so_no",
      "shipDate", "d.ship_dt", "status", "d.status", "customer", "c.name");

  private static final String ORDER_FROM = """
      FROM t_so s JOIN m_cust c ON c.id = s.cust_id
      WHERE s.deleted_at IS NULL AND (CAST(:status AS VARCHAR) IS NULL OR s.status = :status)
        AND (CAST(:q AS VARCHAR) IS NULL OR s.so_no ILIKE :q OR c.code ILIKE :q OR c.name ILIKE :q)""";

  private static final String DELIVERY_SELECT = """
      SELECT d.do_no, d.uuid, s.so_no, c.code AS customer, c.name AS customer_name, e.code AS driver,
             e.name AS driver_name, d.vehicle_no, d.ship_dt AS ship_date, d.eta_dt AS eta_date,
             d.actual_dt AS actual_date, d.status, d.net_amt
      FROM t_do d JOIN t_so s ON s.id = d.so_id JOIN m_cust c ON c.id = s.cust_id LEFT JOIN m_emp e ON e.id = d.driver_id
      WHERE d.deleted_at IS NULL""";

  private final JdbcClient jdbc;
  private final StatusHistory history;
  private final SlaTracker sla;
  private final OrderReservations reservations;
  private final FactoryProperties props;

  SalesQueries(JdbcClient jdbc, StatusHistory history, SlaTracker sla, OrderReservations reservations,
      FactoryProperties props) {
    this.jdbc = jdbc;
    this.history = history;
    this.sla = sla;
    this.reservations = reservations;
    this.props = props;
  }

  public PageResult<SalesViews.OrderRow> orders(PageQuery page, String status) {
    var st = status != null && ORDER_STATUSES.contains(status) ? status : null;
    var q = page.hasSearch() ? page.likePattern() : null;
    var total = jdbc.sql("SELECT count(*) " + ORDER_FROM).param("status", st).param("q", q).query(Long.class).single();
    var rows = jdbc.sql("""
            SELECT s.so_no, s.uuid, c.code AS customer, c.name AS customer_name, s.order_dt AS order_date,
                   s.deadline_dt AS deadline, s.grand_amt, s.status, s.over_credit
            """ + ORDER_FROM + page.orderBy(ORDER_SORTS, "s.order_dt DESC, s.id DESC").replace(", id", ", s.id")
            + " LIMIT :limit OFFSET :offset")
        .param("status", st).param("q", q).param("limit", page.size()).param("offset", page.offset())
        .query(SalesViews.OrderRow.class).list();
    return new PageResult<>(rows, page, total);
  }

  public SalesViews.OrderDetail order(String no) {
    if (no == null || no.length() > 20) throw BusinessRuleException.notFound("factory.so.notFound");
    var head = jdbc.sql("""
            SELECT s.id, s.so_no, s.uuid, c.code AS customer, c.name AS customer_name, w.code AS warehouse,
                   s.order_dt, s.deadline_dt, s.status, s.over_credit, s.credit_note, s.notes, s.gross_amt,
                   s.disc_pct, s.total_amt, s.tax_amt, s.grand_amt, cu.username AS created_by,
                   su.username AS submitted_by
            FROM t_so s JOIN m_cust c ON c.id = s.cust_id JOIN m_wh w ON w.id = s.wh_id
            LEFT JOIN adm_user cu ON cu.id = s.created_by LEFT JOIN adm_user su ON su.id = s.submitted_by
            WHERE s.deleted_at IS NULL AND s.so_no = :no""")
        .param("no", no).query(Head.class)
        .optional().orElseThrow(() -> BusinessRuleException.notFound("factory.so.notFound"));
    long id = head.id();
    var lines = jdbc.sql("""
            SELECT d.line_no, i.code AS item, i.name AS item_name, i.uom, d.qty, d.unit_price, d.disc_pct, d.tax_code,
                   d.line_amt, d.qty_delivered
            FROM t_so_detail d JOIN m_item i ON i.id = d.item_id WHERE d.so_id = :id ORDER BY d.line_no""")
        .param("id", id).query(SalesViews.OrderLine.class).list();
    var totals = Pricing.order(lines.stream().map(l -> new Pricing.Taxed(l.lineAmt(), l.taxCode())).toList(),
        head.discPct(), props.taxCodes());
    var taxes = totals.netByCode().entrySet().stream().map(e -> new SalesViews.TaxLine(e.getKey(), e.getValue(),
        props.taxCodes().get(e.getKey()).dpp(e.getValue()), totals.taxByCode().get(e.getKey()))).toList();
    var dos = jdbc.sql(DELIVERY_SELECT + " AND d.so_id = :id ORDER BY d.id").param("id", id)
        .query(SalesViews.DeliveryRow.class).list();
    return new SalesViews.OrderDetail(head.soNo(), head.uuid(), head.customer(), head.customerName(),
        head.warehouse(), head.orderDt(), head.deadlineDt(), head.status(), head.overCredit(), head.creditNote(),
        head.notes(), head.grossAmt(), head.discPct(), head.totalAmt(), taxes, head.taxAmt(), head.grandAmt(),
        head.createdBy(), head.submittedBy(), lines, history.timeline(SalesOrders.ENTITY, id),
        sla.of(SalesOrders.ENTITY, id), reservations.all(id), dos);
  }

  private record Head(long id, String soNo, UUID uuid, String customer, String customerName, String warehouse,
      LocalDate orderDt, LocalDate deadlineDt, String status, boolean overCredit, String creditNote, String notes,
      BigDecimal grossAmt, BigDecimal discPct, BigDecimal totalAmt, BigDecimal taxAmt, BigDecimal grandAmt,
      String createdBy, String submittedBy) {}

  public PageResult<SalesViews.DeliveryRow> deliveries(PageQuery page, String status) {
    var st = status != null && DELIVERY_STATUSES.contains(status) ? status : null;
    var q = page.hasSearch() ? page.likePattern() : null;
    var where = " AND (CAST(:status AS VARCHAR) IS NULL OR d.status = :status)"
        + " AND (CAST(:q AS VARCHAR) IS NULL OR d.do_no ILIKE :q OR s.so_no ILIKE :q OR c.name ILIKE :q OR c.code ILIKE :q)";
    var total = jdbc.sql("SELECT count(*) FROM (" + DELIVERY_SELECT + where + ") x").param("status", st).param("q", q)
        .query(Long.class).single();
    var rows = jdbc.sql(DELIVERY_SELECT + where + page.orderBy(DELIVERY_SORTS, "d.id DESC").replace(", id", ", d.id")
            + " LIMIT :limit OFFSET :offset")
        .param("status", st).param("q", q).param("limit", page.size()).param("offset", page.offset())
        .query(SalesViews.DeliveryRow.class).list();
    return new PageResult<>(rows, page, total);
  }

  public SalesViews.DeliveryDetail delivery(String no) {
    if (no == null || no.length() > 20) throw BusinessRuleException.notFound("factory.do.notFound");
    var row = jdbc.sql(DELIVERY_SELECT + " AND d.do_no = :no").param("no", no).query(SalesViews.DeliveryRow.class)
        .optional().orElseThrow(() -> BusinessRuleException.notFound("factory.do.notFound"));
    long id = jdbc.sql("SELECT id FROM t_do WHERE do_no = :no").param("no", no).query(Long.class).single();
    var notes = jdbc.sql("SELECT notes FROM t_do WHERE id = :id").param("id", id).query(String.class).list();
    var lines = jdbc.sql("""
            SELECT sd.line_no, i.code AS item, i.name AS item_name, i.uom, l.qty
            FROM t_do_detail l JOIN t_so_detail sd ON sd.id = l.so_detail_id JOIN m_item i ON i.id = sd.item_id
            WHERE l.do_id = :id ORDER BY sd.line_no""")
        .param("id", id).query(SalesViews.DeliveryLine.class).list();
    return new SalesViews.DeliveryDetail(row, notes.isEmpty() ? null : notes.getFirst(), lines,
        history.timeline(DeliveryStatus.ENTITY, id), sla.of(DeliveryStatus.ENTITY, id));
  }

  /** Per order line number: what a new delivery may still carry (ordered − delivered − on open deliveries). */
  public Map<Integer, BigDecimal> openForDelivery(String soNo) {
    var open = new java.util.LinkedHashMap<Integer, BigDecimal>();
    jdbc.sql("""
            SELECT d.line_no, d.qty - d.qty_delivered - COALESCE((
                     SELECT SUM(l.qty) FROM t_do_detail l JOIN t_do o ON o.id = l.do_id
                     WHERE l.so_detail_id = d.id AND o.status IN ('Pending', 'Shipped')), 0) AS open
            FROM t_so_detail d JOIN t_so s ON s.id = d.so_id WHERE s.so_no = :no ORDER BY d.line_no""")
        .param("no", soNo).query((rs, n) -> Map.entry(rs.getInt(1), rs.getBigDecimal(2))).list()
        .forEach(e -> open.put(e.getKey(), e.getValue().max(BigDecimal.ZERO)));
    return open;
  }

  /** Active items for the order form: code, name and sell price. */
  public java.util.List<String[]> itemOptions() {
    return jdbc.sql("SELECT code, name, sell_price FROM m_item WHERE deleted_at IS NULL ORDER BY code LIMIT 500")
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2),
            rs.getBigDecimal(3) == null ? "" : rs.getBigDecimal(3).stripTrailingZeros().toPlainString()})
        .list();
  }

  public java.util.List<String[]> warehouseOptions() {
    return jdbc.sql("SELECT code, name FROM m_wh WHERE deleted_at IS NULL ORDER BY code LIMIT 200")
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
  }
}
