package io.kelola.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.sql.Timestamp;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ledger rows written straight with SQL (the write side is another module's job): masters with
 * unique codes per call, lots, balances, append-only moves and lot links, consistent with ADR 0009.
 */
public final class InventoryFixtures {

  public record Ref(long id, String code) {}

  public record Lot(long id, UUID uuid, String lotNo) {}

  private final JdbcClient jdbc;
  public final String prefix;

  public InventoryFixtures(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.prefix = "T" + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36, 36 * 36 * 36 * 36 * 36), 36).toUpperCase();
  }

  public Ref item(String suffix, String category, String uom, String reorderPt) {
    var code = prefix + "-" + suffix;
    long id = jdbc.sql("""
        INSERT INTO m_item (code, name, category, uom, reorder_pt, is_lot_track)
        VALUES (:code, :name, :category, :uom, :reorder, TRUE) RETURNING id""")
        .param("code", code).param("name", "Barang " + code).param("category", category).param("uom", uom)
        .param("reorder", new BigDecimal(reorderPt)).query(Long.class).single();
    return new Ref(id, code);
  }

  public Ref warehouse(String suffix) {
    var code = prefix + "-" + suffix;
    return new Ref(jdbc.sql("INSERT INTO m_wh (code, name) VALUES (:code, :name) RETURNING id")
        .param("code", code).param("name", "Gudang " + code).query(Long.class).single(), code);
  }

  public Ref location(Ref wh, String code) {
    return new Ref(jdbc.sql("INSERT INTO m_loc (wh_id, code) VALUES (:wh, :code) RETURNING id")
        .param("wh", wh.id()).param("code", code).query(Long.class).single(), code);
  }

  public Ref customer(String suffix) {
    var code = prefix + "-" + suffix;
    return new Ref(jdbc.sql("INSERT INTO m_cust (code, name) VALUES (:code, :name) RETURNING id")
        .param("code", code).param("name", "Pelanggan " + code).query(Long.class).single(), code);
  }

  public Lot lot(Ref item, String suffix, String status, LocalDate expiry) {
    var lotNo = prefix + "-" + suffix;
    return jdbc.sql("""
        INSERT INTO t_lot (item_id, lot_no, status, exp_dt) VALUES (:item, :lotNo, :status, :exp)
        RETURNING id, uuid, lot_no""")
        .param("item", item.id()).param("lotNo", lotNo).param("status", status).param("exp", expiry)
        .query((rs, n) -> new Lot(rs.getLong("id"), rs.getObject("uuid", UUID.class), rs.getString("lot_no"))).single();
  }

  public void balance(Ref item, Ref wh, Ref loc, Lot lot, String onHand, String reserved) {
    jdbc.sql("""
        INSERT INTO t_inv (item_id, wh_id, loc_id, lot_id, qty_on_hand, qty_reserved)
        VALUES (:item, :wh, :loc, :lot, :onHand, :reserved)""")
        .param("item", item.id()).param("wh", wh.id()).param("loc", loc == null ? null : loc.id())
        .param("lot", lot == null ? null : lot.id()).param("onHand", new BigDecimal(onHand))
        .param("reserved", new BigDecimal(reserved)).update();
  }

  /** A move at a given time; {@code from}/{@code to} warehouses null on the side that does not apply. */
  public void move(String type, Ref item, Lot lot, Ref fromWh, Ref toWh, String qty, String reason, String docRef,
      Ref customer, Instant at) {
    jdbc.sql("""
        INSERT INTO t_inv_move (item_id, lot_id, wh_from, wh_to, qty, move_type, reason, doc_type, doc_ref, cust_id,
                                created_at, created_by)
        VALUES (:item, :lot, :from, :to, :qty, :type, :reason, :docType, :doc, :cust, :at,
                (SELECT id FROM adm_user WHERE username = 'gudang1'))""")
        .param("item", item.id()).param("lot", lot == null ? null : lot.id())
        .param("from", fromWh == null ? null : fromWh.id()).param("to", toWh == null ? null : toWh.id())
        .param("qty", new BigDecimal(qty)).param("type", type).param("reason", reason)
        .param("docType", docRef == null ? null : "TEST").param("doc", docRef)
        .param("cust", customer == null ? null : customer.id()).param("at", Timestamp.from(at)).update();
  }

  public void link(Lot in, Lot out, String qty) {
    jdbc.sql("INSERT INTO t_lot_link (in_lot_id, out_lot_id, qty) VALUES (:in, :out, :qty)")
        .param("in", in.id()).param("out", out.id()).param("qty", new BigDecimal(qty)).update();
  }
}
