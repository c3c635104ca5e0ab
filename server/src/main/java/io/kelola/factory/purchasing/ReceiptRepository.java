package io.kelola.factory.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of goods receipts ({@code t_po_receipt}, {@code _line}) and the payables they opened (read only). */
@Repository
class ReceiptRepository {

  private final JdbcClient jdbc;

  ReceiptRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String grNo, long poId, LocalDate recvDate, String vendorDoc, BigDecimal amount, String notes, Long by) {
    return jdbc.sql("""
            INSERT INTO t_po_receipt (gr_no, po_id, recv_dt, vendor_doc, amt, notes, created_by)
            VALUES (:no, :po, :dt, :doc, :amt, :notes, :by) RETURNING id""")
        .param("no", grNo).param("po", poId).param("dt", recvDate).param("doc", vendorDoc).param("amt", amount)
        .param("notes", notes).param("by", by).query(Long.class).single();
  }

  void insertLine(long receiptId, long poDetailId, BigDecimal qty, String lotNo, LocalDate expDate) {
    jdbc.sql("""
            INSERT INTO t_po_receipt_line (receipt_id, po_detail_id, qty, lot_no, exp_dt)
            VALUES (:r, :d, :qty, :lot, :exp)""")
        .param("r", receiptId).param("d", poDetailId).param("qty", qty).param("lot", lotNo).param("exp", expDate)
        .update();
  }

  List<ReceiptView> ofPo(long poId) {
    var receipts = new LinkedHashMap<Long, ReceiptView>();
    jdbc.sql("""
            SELECT r.id, r.uuid, r.gr_no, r.recv_dt, r.vendor_doc, r.amt, r.notes, r.created_at, u.username
            FROM t_po_receipt r LEFT JOIN adm_user u ON u.id = r.created_by WHERE r.po_id = :po ORDER BY r.id""")
        .param("po", poId)
        .query((rs, n) -> receipts.put(rs.getLong("id"), new ReceiptView(rs.getObject("uuid", UUID.class),
            rs.getString("gr_no"), rs.getObject("recv_dt", LocalDate.class), rs.getString("vendor_doc"),
            rs.getBigDecimal("amt"), rs.getString("notes"), rs.getTimestamp("created_at").toInstant(),
            rs.getString("username"), new ArrayList<>())))
        .list();
    if (receipts.isEmpty()) return List.of();
    jdbc.sql("""
            SELECT l.receipt_id, d.line_no, i.code, l.qty, l.lot_no, l.exp_dt
            FROM t_po_receipt_line l JOIN t_po_detail d ON d.id = l.po_detail_id JOIN m_item i ON i.id = d.item_id
            JOIN t_po_receipt r ON r.id = l.receipt_id
            WHERE r.po_id = :po ORDER BY l.receipt_id, d.line_no""")
        .param("po", poId)
        .query((rs, n) -> receipts.get(rs.getLong("receipt_id")).lines().add(new ReceiptView.Line(rs.getInt("line_no"),
            rs.getString("code"), rs.getBigDecimal("qty"), rs.getString("lot_no"),
            rs.getObject("exp_dt", LocalDate.class))))
        .list();
    return List.copyOf(receipts.values());
  }

  List<PayableView> payables(long poId) {
    return jdbc.sql("""
            SELECT a.bill_no, r.gr_no, a.bill_dt, a.due_dt, a.net_amt, a.tax_amt, a.amt, a.paid_amt, a.status
            FROM t_ap a LEFT JOIN t_po_receipt r ON r.id = a.receipt_id WHERE a.po_id = :po ORDER BY a.id""")
        .param("po", poId)
        .query((rs, n) -> new PayableView(rs.getString("bill_no"), rs.getString("gr_no"),
            rs.getObject("bill_dt", LocalDate.class), rs.getObject("due_dt", LocalDate.class),
            rs.getBigDecimal("net_amt"), rs.getBigDecimal("tax_amt"), rs.getBigDecimal("amt"),
            rs.getBigDecimal("paid_amt"), rs.getString("status")))
        .list();
  }
}
