package io.kelola.factory.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes and locks sales order rows ({@code t_so}, {@code t_so_detail}). */
@Repository
class OrderRepository {

  record Order(long id, UUID uuid, String soNo, long custId, String custCode, long whId, String whCode,
      LocalDate orderDt, BigDecimal grossAmt, BigDecimal discPct, BigDecimal totalAmt, BigDecimal taxAmt,
      BigDecimal grandAmt, String status, boolean overCredit, Long createdBy, Long submittedBy, UUID ownerUuid) {}

  record Line(long id, int lineNo, long itemId, String itemCode, BigDecimal qty, BigDecimal unitPrice,
      BigDecimal discPct, String taxCode, BigDecimal lineAmt, BigDecimal qtyDelivered) {

    BigDecimal open() {
      return qty.subtract(qtyDelivered);
    }
  }

  private static final String ORDER = """
      SELECT s.id, s.uuid, s.so_no, s.cust_id, c.code AS cust_code, s.wh_id, w.code AS wh_code, s.order_dt,
             s.gross_amt, s.disc_pct, s.total_amt, s.tax_amt, s.grand_amt, s.status, s.over_credit, s.created_by,
             s.submitted_by, s.owner_uuid
      FROM t_so s JOIN m_cust c ON c.id = s.cust_id JOIN m_wh w ON w.id = s.wh_id
      WHERE s.deleted_at IS NULL""";

  private final JdbcClient jdbc;

  OrderRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String no, OrderInputs.Resolved r, Long by, UUID owner) {
    return jdbc.sql("""
            INSERT INTO t_so (so_no, cust_id, wh_id, order_dt, deadline_dt, gross_amt, disc_pct, total_amt, tax_amt,
                              grand_amt, notes, owner_uuid, created_by, updated_by)
            VALUES (:no, :cust, :wh, :order, :deadline, :gross, :disc, :total, :tax, :grand, :notes, :owner, :by, :by)
            RETURNING id""")
        .param("no", no).param("cust", r.customer().id()).param("wh", r.warehouse().id())
        .param("order", r.orderDate()).param("deadline", r.deadline()).param("gross", r.totals().gross())
        .param("disc", r.discPct()).param("total", r.totals().total()).param("tax", r.totals().tax())
        .param("grand", r.totals().grand()).param("notes", r.notes()).param("owner", owner).param("by", by)
        .query(Long.class).single();
  }

  void replace(long id, OrderInputs.Resolved r, Long by) {
    jdbc.sql("""
            UPDATE t_so SET cust_id = :cust, wh_id = :wh, order_dt = :order, deadline_dt = :deadline,
                   gross_amt = :gross, disc_pct = :disc, total_amt = :total, tax_amt = :tax, grand_amt = :grand,
                   notes = :notes, updated_by = :by
            WHERE id = :id""")
        .param("id", id).param("cust", r.customer().id()).param("wh", r.warehouse().id())
        .param("order", r.orderDate()).param("deadline", r.deadline()).param("gross", r.totals().gross())
        .param("disc", r.discPct()).param("total", r.totals().total()).param("tax", r.totals().tax())
        .param("grand", r.totals().grand()).param("notes", r.notes()).param("by", by).update();
    jdbc.sql("DELETE FROM t_so_detail WHERE so_id = :id").param("id", id).update();
    insertLines(id, r.lines(), by);
  }

  void insertLines(long soId, List<OrderInputs.Line> lines, Long by) {
    for (var l : lines) {
      jdbc.sql("""
              INSERT INTO t_so_detail (so_id, line_no, item_id, qty, unit_price, disc_pct, tax_code, line_amt, created_by)
              VALUES (:so, :line, :item, :qty, :price, :disc, :tax, :amt, :by)""")
          .param("so", soId).param("line", l.lineNo()).param("item", l.itemId()).param("qty", l.qty())
          .param("price", l.unitPrice()).param("disc", l.discPct()).param("tax", l.taxCode()).param("amt", l.amount())
          .param("by", by).update();
    }
  }

  /** The order, its row locked until the transaction ends (status changes queue here). */
  Optional<Order> lock(String no) {
    return jdbc.sql(ORDER + " AND s.so_no = :no FOR UPDATE OF s").param("no", no).query(Order.class).optional();
  }

  Optional<Order> lockById(long id) {
    return jdbc.sql(ORDER + " AND s.id = :id FOR UPDATE OF s").param("id", id).query(Order.class).optional();
  }

  List<Line> lines(long soId) {
    return jdbc.sql("""
            SELECT d.id, d.line_no, d.item_id, i.code AS item_code, d.qty, d.unit_price, d.disc_pct, d.tax_code,
                   d.line_amt, d.qty_delivered
            FROM t_so_detail d JOIN m_item i ON i.id = d.item_id WHERE d.so_id = :so ORDER BY d.line_no""")
        .param("so", soId).query(Line.class).list();
  }

  void status(long id, String status, Long by) {
    jdbc.sql("UPDATE t_so SET status = :status, updated_by = :by WHERE id = :id")
        .param("id", id).param("status", status).param("by", by).update();
  }

  void submitted(long id, Long by) {
    jdbc.sql("UPDATE t_so SET status = 'Pending', submitted_by = :by, updated_by = :by WHERE id = :id")
        .param("id", id).param("by", by).update();
  }

  void approved(long id, boolean overCredit, String creditNote, Long by) {
    jdbc.sql("""
            UPDATE t_so SET status = 'Approved', over_credit = :over, credit_note = :note, approved_at = NOW(),
                   approved_by = :by, updated_by = :by
            WHERE id = :id""")
        .param("id", id).param("over", overCredit).param("note", creditNote).param("by", by).update();
  }

  void delivered(long lineId, BigDecimal qty) {
    jdbc.sql("UPDATE t_so_detail SET qty_delivered = qty_delivered + :qty WHERE id = :id")
        .param("id", lineId).param("qty", qty).update();
  }

  /** Open receivables of a customer: invoiced and not yet paid. */
  BigDecimal openReceivables(long custId) {
    return jdbc.sql("SELECT COALESCE(SUM(amt - paid_amt), 0) FROM t_ar WHERE cust_id = :cust AND status <> 'Paid'")
        .param("cust", custId).query(BigDecimal.class).single();
  }

  BigDecimal creditLimit(long custId) {
    return jdbc.sql("SELECT credit_lim FROM m_cust WHERE id = :id").param("id", custId).query(BigDecimal.class).single();
  }
}
