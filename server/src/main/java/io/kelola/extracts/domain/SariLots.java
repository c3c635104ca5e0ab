package io.kelola.extracts.domain;

import io.kelola.shared.security.KelolaPrincipal;
import io.kelola.shared.web.BusinessRuleException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading SARI lots. Holders of {@code LOT.READ} see every lot; an operator ({@code LOT.INTAKE}) sees
 * only the lots they took in — anyone else's lot is "not found", not "forbidden", so lot codes of
 * others are not confirmed to exist.
 */
@Service
@Transactional(readOnly = true)
public class SariLots {

  public static final String READ_ALL = "LOT.READ";

  /** One line of a lot's timeline. */
  public record TimelineEntry(Instant at, String what, String stage, Integer durationMin, String note, String actor) {}

  /** A stored file to send: type from its content, bytes, a safe download name. */
  public record FileContent(String contentType, byte[] bytes, String fileName) {}

  private final SariLotRepository lots;
  private final QcJobRepository jobs;
  private final StoredFiles files;
  private final JdbcClient jdbc;

  SariLots(SariLotRepository lots, QcJobRepository jobs, StoredFiles files, JdbcClient jdbc) {
    this.lots = lots;
    this.jobs = jobs;
    this.files = files;
    this.jdbc = jdbc;
  }

  /** A sample photo as uploaded. */
  public FileContent photoContent(UUID photo, KelolaPrincipal viewer) {
    lotOfPhoto(photo, viewer);
    var p = photo(photo);
    return new FileContent(p.contentType(), files.read(p.fileKey()), "foto-" + p.seq() + (p.contentType().equals("image/png") ? ".png" : ".jpg"));
  }

  /** The AI's annotated copy of a photo (boxes drawn) for a job. */
  public FileContent annotatedContent(UUID job, UUID photo, KelolaPrincipal viewer) {
    lotOfPhoto(photo, viewer);
    var key = jobs.annotatedKey(job, photo).orElseThrow(() -> BusinessRuleException.notFound("sari.photo.notFound"));
    return new FileContent("image/png", files.read(key), "anotasi.png");
  }

  /** The supplier's CoA uploaded at intake. */
  public FileContent supplierCoa(String code, KelolaPrincipal viewer) {
    var lot = get(code, viewer);
    if (lot.coaFileKey() == null) throw BusinessRuleException.notFound("sari.lot.noCoa");
    var bytes = files.read(lot.coaFileKey());
    return new FileContent(StoredFiles.typeOf(bytes), bytes, lot.coaFileName());
  }

  public SariLot get(String code, KelolaPrincipal viewer) {
    return lots.byCode(code).filter(l -> visible(l, viewer))
        .orElseThrow(() -> BusinessRuleException.notFound("sari.lot.notFound"));
  }

  public static boolean visible(SariLot lot, KelolaPrincipal viewer) {
    return viewer.can(READ_ALL) || lot.ownedBy(viewer.userUuid());
  }

  /**
   * Lots, newest first.
   *
   * @param owner only this operator's lots; null for all
   * @param stage only this stage; null for all
   * @param q part of the lot code, supplier lot, material or vendor code
   */
  public List<SariLot> list(UUID owner, String stage, String q, int limit) {
    var sql = new StringBuilder(SariLotRepository.SELECT).append(" WHERE TRUE");
    if (owner != null) sql.append(" AND l.owner_uuid = :owner");
    if (stage != null && !stage.isBlank()) sql.append(" AND l.stage = :stage");
    if (q != null && !q.isBlank()) {
      sql.append(" AND (l.lot_code ILIKE :q OR l.supplier_lot ILIKE :q OR i.code ILIKE :q OR i.name ILIKE :q"
          + " OR v.code ILIKE :q OR v.name ILIKE :q)");
    }
    sql.append(" ORDER BY l.created_at DESC, l.id DESC LIMIT :limit");
    var spec = jdbc.sql(sql.toString()).param("limit", Math.min(Math.max(limit, 1), 500));
    if (owner != null) spec = spec.param("owner", owner);
    if (stage != null && !stage.isBlank()) spec = spec.param("stage", stage);
    if (q != null && !q.isBlank()) spec = spec.param("q", "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    return spec.query(SariLotRepository::row).list();
  }

  public List<LotPhoto> photos(SariLot lot) {
    return lots.photos(lot.id());
  }

  /** The lot a photo belongs to. */
  public SariLot lotOfPhoto(UUID photo, KelolaPrincipal viewer) {
    var p = lots.photo(photo).orElseThrow(() -> BusinessRuleException.notFound("sari.photo.notFound"));
    return lots.byId(lots.lotIdOfPhoto(p.id())).filter(l -> visible(l, viewer))
        .orElseThrow(() -> BusinessRuleException.notFound("sari.photo.notFound"));
  }

  public LotPhoto photo(UUID photo) {
    return lots.photo(photo).orElseThrow(() -> BusinessRuleException.notFound("sari.photo.notFound"));
  }

  public List<TimelineEntry> timeline(SariLot lot) {
    return jdbc.sql("""
            SELECT s.at, s.what, s.stage, s.duration_min, s.note, u.full_name FROM log_lot_stage s
            LEFT JOIN adm_user u ON u.id = s.actor_id WHERE s.lot_id = :lot ORDER BY s.at, s.id""")
        .param("lot", lot.id())
        .query((rs, n) -> new TimelineEntry(QcJobRepository.instant(rs, "at"), rs.getString("what"),
            rs.getString("stage"), (Integer) rs.getObject("duration_min"), rs.getString("note"), rs.getString("full_name")))
        .list();
  }
}
