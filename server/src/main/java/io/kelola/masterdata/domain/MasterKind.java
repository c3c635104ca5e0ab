package io.kelola.masterdata.domain;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything that differs between two simple masters: the URL segment, table, code format and
 * fields. Lists, forms, the API, import and export are all driven by this one description.
 *
 * @param kind URL segment and message-key stem ({@code customers})
 * @param codePattern accepted business codes; immutable once created
 * @param dependents active child rows that block a soft delete
 * @param checks rules over several fields, run after each field is valid on its own
 */
public record MasterKind(String kind, String table, Pattern codePattern, String codeHintKey, List<FieldSpec> fields,
    List<Dependent> dependents, List<CrossCheck> checks) {

  /** Rows in {@code table} whose {@code column} points here and that are not deleted block a delete. */
  public record Dependent(String table, String column, String messageKey) {}

  /** A rule over several fields (min ≤ max…); returns the problem or null. */
  @FunctionalInterface
  public interface CrossCheck {
    FieldProblem check(java.util.Map<String, Object> values);
  }

  public static final Pattern DEFAULT_CODE = Pattern.compile("^[A-Z0-9][A-Z0-9._-]{0,29}$");

  public MasterKind {
    fields = List.copyOf(fields);
    dependents = List.copyOf(dependents);
    checks = List.copyOf(checks);
  }

  public Optional<FieldSpec> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  public List<FieldSpec> listed() {
    return fields.stream().filter(FieldSpec::listed).toList();
  }

  /** Audit entity type, e.g. {@code m_cust}. */
  public String entityType() {
    return table;
  }

  public String titleKey() {
    return "master." + kind + ".title";
  }
}
