package io.kelola.masterdata.domain;

import static io.kelola.masterdata.domain.FieldSpec.choice;
import static io.kelola.masterdata.domain.FieldSpec.date;
import static io.kelola.masterdata.domain.FieldSpec.text;

import io.kelola.audit.AuditActions;
import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.files.BlobStore;
import io.kelola.files.FileChecks;
import io.kelola.files.FileType;
import io.kelola.files.UploadPolicy;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.Formats;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Halal, BPOM and CoA certificates of vendors and items, with an optional scanned file. The file is
 * checked by its content ({@link FileChecks}: PDF, PNG or JPEG), never by its name.
 */
@Service
@Transactional
public class CertificateService {

  public static final int EXPIRING_DAYS = 30;
  public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
  /** Scans: PDF, PNG or JPEG by content (never by name), whole, at most 10 MB. */
  private static final UploadPolicy UPLOADS =
      UploadPolicy.files(MAX_FILE_BYTES, FileType.PDF, FileType.PNG, FileType.JPEG);

  public static final List<FieldSpec> FIELDS = List.of(
      text("vendor", "vendor", 30),
      text("item", "item", 30),
      choice("type", "cert_type", "HALAL", "BPOM", "COA").mandatory(),
      text("number", "cert_no", 60).mandatory(),
      text("issuer", "issuer", 150).mandatory(),
      date("validFrom", "valid_from").mandatory(),
      date("validTo", "valid_to"));

  private static final List<MasterKind.CrossCheck> CHECKS = List.of(
      v -> v.get("vendor") == null && v.get("item") == null ? new FieldProblem("vendor", "master.cert.owner") : null,
      v -> v.get("validTo") != null && ((LocalDate) v.get("validTo")).isBefore((LocalDate) v.get("validFrom"))
          ? new FieldProblem("validTo", "master.cert.validRange") : null);

  private static final String SELECT = """
      SELECT c.*, v.code AS vendor_code, i.code AS item_code FROM m_cert c
      LEFT JOIN m_vendor v ON v.id = c.vendor_id LEFT JOIN m_item i ON i.id = c.item_id
      WHERE c.deleted_at IS NULL""";
  private static final Map<String, String> SORTS = Map.of("type", "c.cert_type", "number", "c.cert_no",
      "issuer", "c.issuer", "validTo", "c.valid_to", "vendor", "v.code", "item", "i.code");

  private final JdbcClient jdbc;
  private final BlobStore blobs;
  private final AuditTrail audit;
  private final Clock clock;

  CertificateService(JdbcClient jdbc, BlobStore blobs, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.blobs = blobs;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public PageResult<CertificateView> list(PageQuery page) {
    var where = new StringBuilder();
    var params = new HashMap<String, Object>();
    if (page.hasSearch()) {
      where.append(" AND (c.cert_no ILIKE :p OR c.issuer ILIKE :p OR v.code ILIKE :p OR i.code ILIKE :p)");
      params.put("p", page.likePattern());
    }
    var count = "SELECT count(*) FROM (" + SELECT + where + ") x";
    long total = jdbc.sql(count).params(params).query(Long.class).single();
    var rows = jdbc.sql(SELECT + where + page.orderBy(SORTS, "c.valid_to NULLS LAST, c.id").replace(", id", ", c.id")
            + " LIMIT :limit OFFSET :offset")
        .params(params).param("limit", page.size()).param("offset", page.offset()).query(this::map).list();
    return new PageResult<>(rows, page, total);
  }

  @Transactional(readOnly = true)
  public CertificateView get(UUID uuid) {
    return jdbc.sql(SELECT + " AND c.uuid = :uuid").param("uuid", uuid).query(this::map).optional()
        .orElseThrow(() -> BusinessRuleException.notFound("master.cert.notFound"));
  }

  public CertificateView create(Map<String, ?> input) {
    var values = validate(input);
    var uuid = jdbc.sql("""
            INSERT INTO m_cert (vendor_id, item_id, cert_type, cert_no, issuer, valid_from, valid_to, created_by, updated_by)
            VALUES (:vendor, :item, :type, :number, :issuer, :from, :to, :user, :user) RETURNING uuid""")
        .params(values).param("user", CurrentUser.idOrNull()).query(UUID.class).single();
    var created = get(uuid);
    audit.record(AuditEntry.of(AuditActions.CREATE, "m_cert", null, uuid.toString()).change(null, created));
    return created;
  }

  /** Creates the certificate and, when given, attaches its file, all or nothing. */
  public CertificateView create(Map<String, ?> input, String fileName, byte[] file) {
    var created = create(input);
    return file == null || file.length == 0 ? created : attach(created.uuid(), fileName, file);
  }

  public CertificateView update(UUID uuid, Map<String, ?> input) {
    var before = get(uuid);
    var values = validate(input);
    jdbc.sql("""
            UPDATE m_cert SET vendor_id = :vendor, item_id = :item, cert_type = :type, cert_no = :number,
              issuer = :issuer, valid_from = :from, valid_to = :to, updated_by = :user WHERE uuid = :uuid""")
        .params(values).param("user", CurrentUser.idOrNull()).param("uuid", uuid).update();
    var after = get(uuid);
    audit.record(AuditEntry.of(AuditActions.UPDATE, "m_cert", null, uuid.toString()).change(before, after));
    return after;
  }

  public void delete(UUID uuid) {
    get(uuid);
    jdbc.sql("UPDATE m_cert SET deleted_at = now(), deleted_by = :user, updated_by = :user WHERE uuid = :uuid")
        .param("user", CurrentUser.idOrNull()).param("uuid", uuid).update();
    audit.record(AuditEntry.of(AuditActions.DELETE, "m_cert", null, uuid.toString()));
  }

  /** Attaches (or replaces) the scanned file; the old file is removed once the change commits. */
  public CertificateView attach(UUID uuid, String originalName, byte[] content) {
    var before = get(uuid);
    var checked = FileChecks.check(content, UPLOADS);
    var type = checked.mediaType();
    var oldKey = jdbc.sql("SELECT file_key FROM m_cert WHERE uuid = :uuid").param("uuid", uuid)
        .query(String.class).optional().orElse(null);
    var key = blobs.put(content, type);
    jdbc.sql("""
            UPDATE m_cert SET file_key = :key, file_name = :name, file_type = :type, file_size = :size,
              updated_by = :user WHERE uuid = :uuid""")
        .param("key", key).param("name", safeName(originalName, checked.type())).param("type", type)
        .param("size", (long) content.length).param("user", CurrentUser.idOrNull()).param("uuid", uuid).update();
    if (oldKey != null) afterCommit(() -> blobs.delete(oldKey));
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          if (status != STATUS_COMMITTED) blobs.delete(key);
        }
      });
    }
    var after = get(uuid);
    audit.record(AuditEntry.of(AuditActions.UPDATE, "m_cert", null, uuid.toString()).change(before, after));
    return after;
  }

  /** The stored file: its metadata and contents. */
  public record StoredFile(String name, String type, long size, InputStream content) {}

  @Transactional(readOnly = true)
  public StoredFile file(UUID uuid) {
    var cert = get(uuid);
    var key = jdbc.sql("SELECT file_key FROM m_cert WHERE uuid = :uuid").param("uuid", uuid)
        .query(String.class).optional().orElse(null);
    if (key == null) throw BusinessRuleException.notFound("master.cert.noFile");
    var in = blobs.open(key).orElseThrow(() -> BusinessRuleException.notFound("master.cert.noFile"));
    return new StoredFile(cert.fileName(), cert.fileType(), cert.fileSize(), in);
  }

  /** Only the last path segment, printable, at most 200 characters, with the extension of the real type. */
  static String safeName(String original, FileType type) {
    var ext = type.extension();
    var name = original == null ? "" : original.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    var dot = name.lastIndexOf('.');
    if (dot > 0) name = name.substring(0, dot);
    if (name.isEmpty()) name = "sertifikat";
    if (name.length() > 190) name = name.substring(0, 190);
    return name + ext;
  }

  private Map<String, Object> validate(Map<String, ?> input) {
    var result = MasterValidator.validate(FIELDS, CHECKS, input);
    var problems = new ArrayList<>(result.problems());
    Long vendorId = null;
    Long itemId = null;
    if (problems.isEmpty()) {
      vendorId = ownerId("m_vendor", (String) result.values().get("vendor"));
      itemId = ownerId("m_item", (String) result.values().get("item"));
      if (result.values().get("vendor") != null && vendorId == null) {
        problems.add(new FieldProblem("vendor", "master.cert.unknownVendor"));
      }
      if (result.values().get("item") != null && itemId == null) {
        problems.add(new FieldProblem("item", "master.cert.unknownItem"));
      }
    }
    if (!problems.isEmpty()) throw new InvalidMasterException(problems);
    var v = result.values();
    var params = new HashMap<String, Object>();
    params.put("vendor", vendorId);
    params.put("item", itemId);
    params.put("type", v.get("type"));
    params.put("number", v.get("number"));
    params.put("issuer", v.get("issuer"));
    params.put("from", v.get("validFrom"));
    params.put("to", v.get("validTo"));
    return params;
  }

  private Long ownerId(String table, String code) {
    if (code == null) return null;
    return jdbc.sql("SELECT id FROM " + table + " WHERE code = :code AND deleted_at IS NULL").param("code", code)
        .query(Long.class).optional().orElse(null);
  }

  private static void afterCommit(Runnable action) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      action.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        action.run();
      }
    });
  }

  /** VALID, EXPIRING or EXPIRED on today's date in WIB. */
  public String status(LocalDate validTo) {
    var today = LocalDate.now(clock.withZone(Formats.WIB));
    if (validTo == null) return "VALID";
    if (validTo.isBefore(today)) return "EXPIRED";
    if (!validTo.isAfter(today.plusDays(EXPIRING_DAYS))) return "EXPIRING";
    return "VALID";
  }

  private CertificateView map(ResultSet rs, int n) throws SQLException {
    var validTo = rs.getObject("valid_to", LocalDate.class);
    return new CertificateView(rs.getObject("uuid", UUID.class), rs.getString("vendor_code"),
        rs.getString("item_code"), rs.getString("cert_type"), rs.getString("cert_no"), rs.getString("issuer"),
        rs.getObject("valid_from", LocalDate.class), validTo, status(validTo), rs.getString("file_name"),
        rs.getString("file_type"), (Long) rs.getObject("file_size"));
  }
}
