package io.kelola.factory.finance;

import io.kelola.shared.web.BusinessRuleException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/**
 * Filters of the receivable/payable lists.
 *
 * @param status Open, Overdue, Paid, or UNPAID (Open and Overdue)
 * @param party customer (receivables) or vendor (payables) code
 */
public record DocFilter(String status, String party, LocalDate dueFrom, LocalDate dueTo) {

  public static final DocFilter NONE = new DocFilter(null, null, null, null);
  private static final Set<String> STATUSES = Set.of("Open", "Overdue", "Paid", "UNPAID");

  /** From raw request parameters; 400 on the parameter that does not parse. */
  public static DocFilter of(String status, String party, String dueFrom, String dueTo) {
    String st = null;
    if (status != null && !status.isBlank()) {
      st = STATUSES.stream().filter(s -> s.equalsIgnoreCase(status.strip())).findFirst()
          .orElseThrow(() -> BusinessRuleException.invalid("status", "factory.fin.filter.status"));
    }
    var p = party == null || party.isBlank() ? null : party.strip().toUpperCase(Locale.ROOT);
    if (p != null && p.length() > 30) throw BusinessRuleException.invalid("party", "factory.fin.filter.party");
    var from = date(dueFrom, "dueFrom");
    var to = date(dueTo, "dueTo");
    if (from != null && to != null && to.isBefore(from)) throw BusinessRuleException.invalid("dueTo", "factory.fin.filter.range");
    return new DocFilter(st, p, from, to);
  }

  public static LocalDate date(String raw, String field) {
    if (raw == null || raw.isBlank()) return null;
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw BusinessRuleException.invalid(field, "factory.fin.filter.date");
    }
  }
}
