package io.kelola.masterdata.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns raw input (JSON values, form strings, import cells) into typed column values, collecting
 * every problem instead of stopping at the first, so forms and import reports can show them all.
 */
public final class MasterValidator {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Set<String> TRUE = Set.of("true", "1", "yes", "ya", "on", "y");
  private static final Set<String> FALSE = Set.of("false", "0", "no", "tidak", "off", "n");
  /** Fields the API returns that a client may send back unchanged. */
  private static final Set<String> READ_ONLY = Set.of("code", "deleted", "createdAt", "updatedAt", "deletedAt");

  private MasterValidator() {}

  /** The outcome: typed values by field name (null = empty) and the problems found. */
  public record Result(Map<String, Object> values, List<FieldProblem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  public static Result validate(List<FieldSpec> fields, List<MasterKind.CrossCheck> checks, Map<String, ?> input) {
    var values = new LinkedHashMap<String, Object>();
    var problems = new ArrayList<FieldProblem>();
    for (var key : input.keySet()) {
      if (!READ_ONLY.contains(key) && fields.stream().noneMatch(f -> f.name().equals(key))) {
        problems.add(new FieldProblem(key, "master.validation.unknownField", key));
      }
    }
    for (var f : fields) {
      var problemCount = problems.size();
      var value = parse(f, input.get(f.name()), problems);
      if (problems.size() == problemCount) values.put(f.name(), value);
    }
    if (problems.isEmpty()) {
      for (var c : checks) {
        var p = c.check(values);
        if (p != null) problems.add(p);
      }
    }
    return new Result(values, List.copyOf(problems));
  }

  /** A business code: present, plain, and in the master's format. */
  public static FieldProblem checkCode(Pattern pattern, String hintKey, Object raw) {
    if (raw == null || raw.toString().isBlank()) return new FieldProblem("code", "master.validation.required");
    if (!(raw instanceof String s)) return new FieldProblem("code", "master.validation.type");
    if (!pattern.matcher(s).matches()) return new FieldProblem("code", "master.validation.codeFormat");
    return null;
  }

  private static Object parse(FieldSpec f, Object raw, List<FieldProblem> problems) {
    if (raw instanceof Map<?, ?> || raw instanceof List<?>) {
      problems.add(new FieldProblem(f.name(), "master.validation.type"));
      return null;
    }
    var text = raw == null ? null : raw.toString().strip();
    if (text == null || text.isEmpty()) {
      if (f.fallback() != null) text = f.fallback();
      else {
        if (f.required()) problems.add(new FieldProblem(f.name(), "master.validation.required"));
        return null;
      }
    }
    if (text.chars().anyMatch(Character::isISOControl)) {
      problems.add(new FieldProblem(f.name(), "input.controlCharacters"));
      return null;
    }
    return switch (f.type()) {
      case TEXT, EMAIL -> text(f, text, problems);
      case MONEY, DECIMAL, INTEGER -> number(f, raw instanceof Number n && !(raw instanceof BigDecimal)
          ? n.toString() : text, problems);
      case DATE -> date(f, text, problems);
      case CHOICE -> choice(f, text, problems);
      case BOOLEAN -> flag(f, raw instanceof Boolean b ? b.toString() : text, problems);
    };
  }

  private static Object text(FieldSpec f, String text, List<FieldProblem> problems) {
    if (text.length() > f.maxLength()) {
      problems.add(new FieldProblem(f.name(), "master.validation.tooLong", f.maxLength()));
      return null;
    }
    if (f.type() == FieldType.EMAIL && !EMAIL.matcher(text).matches()) {
      problems.add(new FieldProblem(f.name(), "master.validation.email"));
      return null;
    }
    return text;
  }

  private static Object number(FieldSpec f, String text, List<FieldProblem> problems) {
    BigDecimal n;
    try {
      if (text.length() > 40) throw new NumberFormatException();
      n = new BigDecimal(text);
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(f.name(), "master.validation.number"));
      return null;
    }
    n = n.stripTrailingZeros();
    if (n.scale() < 0) n = n.setScale(0);
    if (n.scale() > f.scale()) {
      problems.add(new FieldProblem(f.name(), f.scale() == 0 ? "master.validation.whole" : "master.validation.decimals",
          f.scale()));
      return null;
    }
    if (f.min() != null && n.compareTo(f.min()) < 0) {
      problems.add(new FieldProblem(f.name(), "master.validation.min", f.min().toPlainString()));
      return null;
    }
    if (f.max() != null && n.compareTo(f.max()) > 0) {
      problems.add(new FieldProblem(f.name(), "master.validation.max", f.max().toPlainString()));
      return null;
    }
    if (n.precision() - n.scale() > f.maxLength()) {
      problems.add(new FieldProblem(f.name(), "master.validation.tooLarge"));
      return null;
    }
    return f.type() == FieldType.INTEGER ? (Object) n.intValueExact() : n.setScale(f.scale());
  }

  private static Object date(FieldSpec f, String text, List<FieldProblem> problems) {
    try {
      var d = LocalDate.parse(text);
      if (d.getYear() >= 1900 && d.getYear() <= 2999) return d;
    } catch (DateTimeParseException e) {
      // reported below
    }
    problems.add(new FieldProblem(f.name(), "master.validation.date"));
    return null;
  }

  private static Object choice(FieldSpec f, String text, List<FieldProblem> problems) {
    for (var c : f.choices()) {
      if (c.equalsIgnoreCase(text)) return c;
    }
    problems.add(new FieldProblem(f.name(), "master.validation.choice", String.join(", ", f.choices())));
    return null;
  }

  private static Object flag(FieldSpec f, String text, List<FieldProblem> problems) {
    var t = text.toLowerCase(Locale.ROOT);
    if (TRUE.contains(t)) return true;
    if (FALSE.contains(t)) return false;
    problems.add(new FieldProblem(f.name(), "master.validation.flag"));
    return null;
  }
}
