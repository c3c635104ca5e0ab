package io.kelola.extracts.domain;

import io.kelola.audit.AuditActions;
import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.events.Events;
import io.kelola.extracts.ExtractsProperties;
import io.kelola.extracts.SariEvents;
import io.kelola.inventory.Receipt;
import io.kelola.inventory.StockLedger;
import io.kelola.masterdata.ItemRef;
import io.kelola.masterdata.MasterLookup;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.NotAuthenticatedException;
import io.kelola.shared.web.BusinessRuleException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 1 of seed 000: an operator takes a lot in. The stock is received into quarantine through the
 * ledger, the photos and CoA are stored, and a QC job is opened for the AI — all in one transaction.
 */
@Service
public class LotIntake {

  static final int MAX_PHOTOS = 10;
  private static final BigDecimal MAX_QTY = new BigDecimal("1000000");

  private final SariLotRepository lots;
  private final QcJobs jobs;
  private final QcSpecs specs;
  private final MasterLookup masters;
  private final StockLedger ledger;
  private final StoredFiles files;
  private final AuditTrail audit;
  private final Events events;
  private final ExtractsProperties props;
  private final Clock clock;

  LotIntake(SariLotRepository lots, QcJobs jobs, QcSpecs specs, MasterLookup masters, StockLedger ledger,
      StoredFiles files, AuditTrail audit, Events events, ExtractsProperties props, Clock clock) {
    this.lots = lots;
    this.jobs = jobs;
    this.specs = specs;
    this.masters = masters;
    this.ledger = ledger;
    this.files = files;
    this.audit = audit;
    this.events = events;
    this.props = props;
    this.clock = clock;
  }

  @Transactional
  public SariLot take(IntakeRequest r) {
    var me = CurrentUser.get().orElseThrow(NotAuthenticatedException::new);
    var vendor = masters.vendor(Text.required("vendor", r.vendor(), 30))
        .orElseThrow(() -> BusinessRuleException.invalid("vendor", "sari.vendor.unknown", r.vendor()));
    var item = material(r.item());
    var market = QcSpecs.market(r.market());
    if (r.qty() == null || r.qty().signum() <= 0 || r.qty().compareTo(MAX_QTY) > 0 || r.qty().scale() > 4) {
      throw BusinessRuleException.invalid("qty", "sari.intake.qty");
    }
    var supplierLot = Text.required("supplierLot", r.supplierLot(), 60);
    var today = LocalDate.now(clock.withZone(io.kelola.shared.web.Formats.WIB));
    if (r.harvestDate() == null || r.harvestDate().isAfter(today)) {
      throw BusinessRuleException.invalid("harvestDate", "sari.intake.harvestDate");
    }
    if (r.expDate() == null || !r.expDate().isAfter(today)) throw BusinessRuleException.invalid("expDate", "sari.intake.expDate");
    if (r.intakeTemp() == null || r.intakeTemp().compareTo(new BigDecimal("-40")) < 0
        || r.intakeTemp().compareTo(new BigDecimal("60")) > 0 || r.intakeTemp().scale() > 2) {
      throw BusinessRuleException.invalid("intakeTemp", "sari.intake.temp");
    }
    var photos = r.photos() == null ? java.util.List.<IntakeRequest.Upload>of() : r.photos();
    if (photos.isEmpty() || photos.size() > MAX_PHOTOS) {
      throw BusinessRuleException.invalid("photos", "sari.intake.photoCount", MAX_PHOTOS);
    }
    if (r.coa() == null || r.coa().content() == null || r.coa().content().length == 0) {
      throw BusinessRuleException.invalid("coa", "sari.intake.coaRequired");
    }
    var spec = specs.activeFor(item, market);
    var checkedPhotos = new ArrayList<StoredFiles.Checked>();
    for (var p : photos) checkedPhotos.add(files.checkPhoto("photos", p));
    var coa = files.checkDocument("coa", r.coa());

    var code = lots.nextLotCode(today);
    ledger.receive(new Receipt(item.code(), props.warehouse(), props.receivingLocation(), r.qty(), blankToNull(r.uom()),
        code, supplierLot, vendor.code(), r.harvestDate(), r.expDate(), null, "SARI intake", "SARI_LOT", code));
    var invLot = lots.inventoryLotUuid(item.id(), code);
    ledger.assignStatusOwner(invLot, "SARI");
    var qtyBase = masters.toBaseUnit(item, r.qty(), blankToNull(r.uom()));
    var coaKey = files.store(coa);
    long id = lots.insert(new SariLotRepository.NewLot(code, invLot, item.id(), vendor.id(), market, r.qty(),
        r.uom() == null || r.uom().isBlank() ? item.uom() : r.uom().trim(), qtyBase, supplierLot, r.harvestDate(),
        r.expDate(), r.intakeTemp(), props.warehouse(), props.receivingLocation(), coaKey, coa.fileName(),
        me.userUuid(), me.userId()));
    int seq = 1;
    for (var p : checkedPhotos) {
      lots.insertPhoto(id, seq++, files.store(p), p.contentType(), p.width(), p.height(), p.content().length);
    }
    boolean tempOk = inRange(item, r.intakeTemp());
    var now = clock.instant();
    lots.log(id, "INTAKE", "QC", null, tempOk ? null : "intakeTempOutOfRange", me.userId(), now);
    var lot = lots.byId(id).orElseThrow();
    audit.record(AuditEntry.of(AuditActions.CREATE, "t_sari_lot", id, code).change(null, Map.of(
        "item", item.code(), "vendor", vendor.code(), "qty", r.qty(), "market", market, "photos", photos.size())));
    events.publish(ExtractsEventTypes.LOT_CREATED, code, me.userUuid(), new SariEvents.LotCreated(code, invLot,
        item.code(), vendor.code(), lot.qty(), lot.uom(), market, props.warehouse(), props.receivingLocation(),
        r.intakeTemp(), tempOk));
    jobs.open(lot, spec, null, null, me);
    return lot;
  }

  private ItemRef material(String code) {
    var item = masters.item(Text.required("item", code, 30))
        .orElseThrow(() -> BusinessRuleException.invalid("item", "sari.item.unknown", code));
    if (!item.lotTracked() || !item.expiryTracked()) throw BusinessRuleException.invalid("item", "sari.item.notMaterial", code);
    return item;
  }

  static boolean inRange(ItemRef item, BigDecimal temp) {
    return (item.tempMin() == null || temp.compareTo(item.tempMin()) >= 0)
        && (item.tempMax() == null || temp.compareTo(item.tempMax()) <= 0);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

}
