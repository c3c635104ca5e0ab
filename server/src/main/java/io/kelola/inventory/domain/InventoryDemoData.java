package io.kelola.inventory.domain;

import io.kelola.inventory.Issue;
import io.kelola.inventory.LotConsumption;
import io.kelola.inventory.LotRegistration;
import io.kelola.inventory.Receipt;
import io.kelola.masterdata.MasterLookup;
import io.kelola.shared.DemoMode;
import io.kelola.shared.web.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo stock (demo mode only), after the demo masters (@Order 100): the seed 002 §1.8 balances,
 * including the legacy "Oversold" row, and lots of EXT-001 in cold storage with a genealogy link
 * and a shipment to CUST-001 so a recall trace has something to show. A missing master skips its
 * row; an item that already has moves is left alone, so restarts change nothing.
 */
@Component
@Order(200)
class InventoryDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(InventoryDemoData.class);

  /** Seed 002 §1.8 t_inv sample rows. */
  record Opening(String item, String warehouse, int onHand, int reserved) {}

  static final List<Opening> OPENINGS = List.of(
      // ITM-001 and ITM-005 hold no reservation here: the seed's reserved quantities are those of
      // its sales orders, reserved when the factory demo data approves them
      new Opening("ITM-001", "WH-B1", 2500, 0),
      new Opening("ITM-002", "WH-A1", 850, 0),
      new Opening("ITM-003", "WH-C1", 320, 100),
      new Opening("ITM-004", "WH-A1", 150, 50),
      new Opening("ITM-005", "WH-B1", 1800, 0));

  static final String EXTRACT = "EXT-001";
  static final String COLD = "WH-CS1";
  static final String QUARANTINE = "QUAR-01";
  static final String CUSTOMER = "CUST-001";

  private final DemoMode demo;
  private final MasterLookup masters;
  private final MoveRepository moves;
  private final OpeningBalances openings;
  private final MoveService moveService;
  private final LotService lots;
  private final LotRepository lotRows;
  private final TransactionTemplate tx;
  private final MoveWriter writer;

  InventoryDemoData(DemoMode demo, MasterLookup masters, MoveRepository moves, OpeningBalances openings,
      MoveService moveService, LotService lots, LotRepository lotRows, TransactionTemplate tx, MoveWriter writer) {
    this.demo = demo;
    this.masters = masters;
    this.moves = moves;
    this.openings = openings;
    this.moveService = moveService;
    this.lots = lots;
    this.lotRows = lotRows;
    this.tx = tx;
    this.writer = writer;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!demo.enabled()) return;
    for (var o : OPENINGS) {
      if (!present(o.item(), o.warehouse())) continue;
      guarded(o.item(), () -> openings.load(o.item(), o.warehouse(), BigDecimal.valueOf(o.onHand()),
          BigDecimal.valueOf(o.reserved())));
    }
    if (present(EXTRACT, COLD)) guarded(EXTRACT, () -> tx.executeWithoutResult(s -> extractLots()));
  }

  /** Demo data that breaks a ledger rule (e.g. masters changed by hand) is skipped, never fatal to startup. */
  private static void guarded(String what, Runnable load) {
    try {
      load.run();
    } catch (BusinessRuleException e) {
      log.warn("Demo inventory for {} skipped: {} {}", what, e.messageKey(), java.util.Arrays.toString(e.args()));
    }
  }

  /** Two released lots (60 and 200 days to expiry), one in quarantine, a repack link and a shipment. */
  private void extractLots() {
    var item = masters.item(EXTRACT).orElseThrow();
    if (!item.lotTracked()) {
      log.info("Demo inventory: {} is not lot-tracked, no demo lots", EXTRACT);
      return;
    }
    var today = writer.today();
    receiveLot("EXT-L01", null, today.plusDays(60));
    receiveLot("EXT-L02", null, today.plusDays(200));
    if (masters.location(COLD, QUARANTINE).isPresent()) receiveLot("EXT-L03", QUARANTINE, today.plusDays(300));
    else log.info("Demo inventory: location {} of {} missing, no quarantined demo lot", QUARANTINE, COLD);
    release("EXT-L01");
    release("EXT-L02");
    var repack = lots.register(new LotRegistration(EXTRACT, "EXT-R01", null, null, today, today.plusDays(60)));
    lots.recordConsumption(new LotConsumption(repack.uuid(), lotRows.find(item.id(), "EXT-L01").orElseThrow().uuid(),
        BigDecimal.valueOf(50), "REPACK", "RPK-DEMO-001"));
    if (masters.customer(CUSTOMER).isPresent()) {
      moveService.issue(new Issue(EXTRACT, COLD, null, "EXT-L01", BigDecimal.valueOf(40), null, CUSTOMER, null, null,
          "DO", "DO-DEMO-001"));
    } else {
      log.info("Demo inventory: customer {} missing, no demo shipment", CUSTOMER);
    }
  }

  private void receiveLot(String lotNo, String location, LocalDate exp) {
    moveService.receive(new Receipt(EXTRACT, COLD, location, BigDecimal.valueOf(200), null, lotNo, "SUP-" + lotNo,
        null, exp.minusDays(365), exp, null, null, "GRN", "GRN-DEMO-" + lotNo));
  }

  private void release(String lotNo) {
    var item = masters.item(EXTRACT).orElseThrow();
    lots.changeStatus(lotRows.find(item.id(), lotNo).orElseThrow().uuid(), "RELEASED", "demo: CoA checked");
  }

  /** True when both masters exist and the item has no moves yet; logs why a row is skipped. */
  private boolean present(String item, String warehouse) {
    var ref = masters.item(item);
    if (ref.isEmpty() || masters.warehouse(warehouse).isEmpty()) {
      log.info("Demo inventory: master {} or {} missing, row skipped", item, warehouse);
      return false;
    }
    if (moves.itemHasMoves(ref.get().id())) return false;
    return true;
  }
}
