package io.kelola.factory.production;

import io.kelola.masterdata.MasterLookup;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Active masters to choose from in the production forms (code and name only, capped). */
@Repository
public class Choices {

  /** A code with its name (and, for items, category; for employees, department). */
  public record Choice(String code, String name, String detail) {}

  private final JdbcClient jdbc;
  private final MasterLookup masters;

  Choices(JdbcClient jdbc, MasterLookup masters) {
    this.jdbc = jdbc;
    this.masters = masters;
  }

  List<Choice> items() {
    return list("SELECT code, name, category FROM m_item WHERE deleted_at IS NULL ORDER BY code LIMIT 500");
  }

  List<Choice> warehouses() {
    return list("SELECT code, name, NULL FROM m_wh WHERE deleted_at IS NULL ORDER BY code LIMIT 200");
  }

  List<Choice> machines() {
    return masters.machines(100).stream().map(m -> new Choice(m.code(), m.name(), m.location())).toList();
  }

  /** By name: operators find themselves by name on the tablet. */
  List<Choice> employees() {
    return masters.employees(500).stream().map(e -> new Choice(e.code(), e.name(), e.dept()))
        .sorted(Comparator.comparing(Choice::name)).toList();
  }

  /** Orders an operator can log a shift against. */
  List<Choice> runningOrders() {
    return list("""
        SELECT w.wo_no, i.name, m.code FROM t_wo w JOIN m_item i ON i.id = w.item_id
        JOIN m_machine m ON m.id = w.machine_id
        WHERE w.deleted_at IS NULL AND w.status = 'In Progress' ORDER BY w.wo_no DESC LIMIT 100""");
  }

  private List<Choice> list(String sql) {
    return jdbc.sql(sql).query((rs, n) -> new Choice(rs.getString(1), rs.getString(2), rs.getString(3))).list();
  }
}
