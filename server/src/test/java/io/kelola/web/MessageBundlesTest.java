package io.kelola.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Bahasa Indonesia first, English second, nothing hard-coded: every key exists in both bundles,
 * every key a template or a business rule uses exists, and templates contain no literal text.
 */
class MessageBundlesTest {

  private static final Path JTE = Path.of("src/main/jte");
  private static final Path JAVA = Path.of("src/main/java");
  private static final Pattern TEMPLATE_KEY = Pattern.compile("t\\.get\\(\"([^\"]+)\"");
  private static final Pattern RULE_KEY = Pattern.compile("BusinessRuleException(?:\\.\\w+)?\\(([^;]*?)\\)");
  private static final Pattern DOTTED_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");
  private static final Pattern VALIDATION_KEY = Pattern.compile("message = \"\\{([^}]+)}\"");

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    var id = load("messages.properties").stringPropertyNames();
    var en = load("messages_en.properties").stringPropertyNames();
    assertThat(difference(id, en)).as("keys missing in messages_en.properties").isEmpty();
    assertThat(difference(en, id)).as("keys missing in messages.properties").isEmpty();
  }

  @Test
  void everyKeyUsedInTemplatesAndRulesExists() throws IOException {
    var id = load("messages.properties").stringPropertyNames();
    var used = new TreeSet<String>();
    for (var f : files(JTE, ".jte")) matchAll(TEMPLATE_KEY, Files.readString(f), used);
    for (var f : files(JAVA, ".java")) {
      var src = Files.readString(f);
      var calls = RULE_KEY.matcher(src);
      while (calls.find()) matchAll(DOTTED_LITERAL, calls.group(1), used);
      matchAll(VALIDATION_KEY, src, used);
    }
    assertThat(used).isNotEmpty();
    // t.get("audit.col." + name) uses a prefix: at least one key must live under it
    var prefixes = used.stream().filter(k -> k.endsWith(".")).toList();
    used.removeAll(prefixes);
    assertThat(difference(used, id)).as("message keys used but not defined").isEmpty();
    for (var prefix : prefixes) assertThat(id).as("keys under " + prefix).anyMatch(k -> k.startsWith(prefix));
  }

  @Test
  void templatesContainNoHardCodedText() throws IOException {
    var offenders = new ArrayList<String>();
    for (var f : files(JTE, ".jte")) {
      var text = visibleText(Files.readString(f));
      if (Pattern.compile("\\p{L}").matcher(text).find()) offenders.add(JTE.relativize(f) + ": " + text.strip());
    }
    assertThat(offenders).as("literal text in templates (use t.get)").isEmpty();
  }

  @Test
  void theHardCodedTextCheckCatchesLiteralText() {
    assertThat(visibleText("<p>${t.get(\"a.b\")}</p>")).doesNotContainPattern("\\p{L}");
    assertThat(visibleText("<p>Simpan</p>")).contains("Simpan");
    assertThat(visibleText("<input placeholder=\"Cari\">")).contains("Cari");
    assertThat(visibleText("@if(x)\n<b>${y} items</b>\n@endif")).contains("items");
  }

  /** What a reader would see: template code, expressions, tags and scripts removed; literal attributes kept. */
  static String visibleText(String template) {
    var out = new StringBuilder();
    for (var line : template.split("\n")) {
      var t = line.strip();
      if (t.startsWith("@import") || t.startsWith("@param") || t.startsWith("@if") || t.startsWith("@elseif")
          || t.startsWith("@else") || t.startsWith("@endif") || t.startsWith("@for") || t.startsWith("@endfor")
          || t.startsWith("@template.") || t.equals("`)") || t.startsWith("<%--")) continue;
      out.append(line).append('\n');
    }
    var s = stripExpressions(out.toString());
    s = s.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ");
    var literalAttrs = new StringBuilder();
    var attr = Pattern.compile("(?:placeholder|title|aria-label|alt|label)=\"([^\"]*)\"").matcher(s);
    while (attr.find()) literalAttrs.append(' ').append(attr.group(1));
    s = s.replaceAll("(?s)<[^>]*>", " ").replaceAll("&[a-z]+;", " ");
    return (s + literalAttrs).replaceAll("\\s+", " ");
  }

  /** Removes ${...}, $unsafe{...} and @`...` markers with balanced braces. */
  private static String stripExpressions(String s) {
    var sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '$' || c == '!') && i + 1 < s.length() && s.charAt(i + 1) == '{') {
        int depth = 0;
        int j = i + 1;
        for (; j < s.length(); j++) {
          if (s.charAt(j) == '{') depth++;
          if (s.charAt(j) == '}' && --depth == 0) break;
        }
        i = j;
        continue;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static Properties load(String name) throws IOException {
    var p = new Properties();
    try (var in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(suffix)).toList();
    }
  }

  private static void matchAll(Pattern p, String text, java.util.Set<String> into) {
    var m = p.matcher(text);
    while (m.find()) into.add(m.group(1));
  }

  private static TreeSet<String> difference(java.util.Set<String> a, java.util.Set<String> b) {
    var d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }
}
