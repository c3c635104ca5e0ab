package io.kelola.inventory.web;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Choices for filter lists (read-only look at master tables, ADR 0009). */
@Component
class ReadLookups {

  private final JdbcClient jdbc;

  ReadLookups(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<String> warehouseCodes() {
    return jdbc.sql("SELECT code FROM m_wh WHERE deleted_at IS NULL ORDER BY code LIMIT 500").query(String.class).list();
  }
}
