package io.kelola.inventory.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A lot's genealogy: lots it was made from (negative levels), the lot itself (level 0), lots made
 * from it and the customers who received any of those (positive levels). Edges run from input to
 * output, and from a shipped lot to its customer.
 */
public record Trace(UUID root, List<Node> nodes, List<Edge> edges, List<Shipment> shipments) {

  public enum Kind { LOT, CUSTOMER }

  /** {@code id} is the lot uuid, or {@code customer:CODE}; {@code href} is null for customers. */
  public record Node(String id, Kind kind, int level, String label, String itemCode, String itemName, String status,
      String href) {}

  public record Edge(String from, String to, BigDecimal qty, String uom) {
    public String qtyText() { return Quantities.format(qty, uom); }
  }

  public record Shipment(UUID lotUuid, String lotNo, String itemCode, String custCode, String custName,
      BigDecimal qty, String uom, Instant at, String docRef) {
    public String qtyText() { return Quantities.format(qty, uom); }
    public String atText() { return io.kelola.shared.web.Formats.wibDateTime(at); }
  }

  public enum Direction { FORWARD, BACKWARD, BOTH }
}
