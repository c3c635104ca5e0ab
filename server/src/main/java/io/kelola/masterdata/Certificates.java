package io.kelola.masterdata;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificate checks for other modules (e.g. a lot may not be released while its vendor's or
 * item's certificate has expired). A certificate counts as expired on a date when its validity
 * ended before that date and no other certificate of the same type covers the date.
 */
@Service
@Transactional(readOnly = true)
public class Certificates {

  private final JdbcClient jdbc;

  Certificates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The vendor's expired certificates on {@code on}; empty when all are valid or the vendor has none. */
  public List<CertificateRef> expiredForVendor(String vendorCode, LocalDate on) {
    return expired("vendor_id", "m_vendor", vendorCode, on);
  }

  /** The item's expired certificates on {@code on}; empty when all are valid or the item has none. */
  public List<CertificateRef> expiredForItem(String itemCode, LocalDate on) {
    return expired("item_id", "m_item", itemCode, on);
  }

  private List<CertificateRef> expired(String ownerColumn, String ownerTable, String code, LocalDate on) {
    // owner column and table are constants of this class, never input
    return jdbc.sql("""
            SELECT c.uuid, c.cert_type, c.cert_no, c.issuer, c.valid_from, c.valid_to
            FROM m_cert c JOIN %2$s o ON o.id = c.%1$s
            WHERE c.deleted_at IS NULL AND o.code = :code AND c.valid_to < :on
              AND NOT EXISTS (SELECT 1 FROM m_cert v WHERE v.deleted_at IS NULL AND v.%1$s = c.%1$s
                AND v.cert_type = c.cert_type AND v.valid_from <= :on AND (v.valid_to IS NULL OR v.valid_to >= :on))
            ORDER BY c.valid_to""".formatted(ownerColumn, ownerTable))
        .param("code", code).param("on", on)
        .query((rs, n) -> new CertificateRef(rs.getObject("uuid", java.util.UUID.class), rs.getString("cert_type"),
            rs.getString("cert_no"), rs.getString("issuer"), rs.getObject("valid_from", LocalDate.class),
            rs.getObject("valid_to", LocalDate.class)))
        .list();
  }
}
