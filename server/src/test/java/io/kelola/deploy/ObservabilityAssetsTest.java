package io.kelola.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Prometheus alert rules and the Grafana dashboard under deploy/ stay loadable and complete. */
class ObservabilityAssetsTest {

  private static final Path DEPLOY = Path.of("..", "deploy");
  private static final List<String> SEED_ALERTS = List.of("SimaopsSSEHighSlowClientDrops", "SimaopsSSEHighEvictions",
      "SimaopsSSEDispatchPanics", "SimaopsAPIClockSkewHigh");

  @Test
  @SuppressWarnings("unchecked")
  void everySeedAlertIsAWellFormedRule() throws IOException {
    Map<String, Object> doc = new Yaml().load(Files.readString(DEPLOY.resolve("prometheus/kelola-alerts.yml")));
    var rules = new ArrayList<Map<String, Object>>();
    for (var group : (List<Map<String, Object>>) doc.get("groups")) {
      assertThat(group.get("name")).isInstanceOf(String.class);
      rules.addAll((List<Map<String, Object>>) group.get("rules"));
    }
    assertThat(rules).extracting(r -> r.get("alert")).containsExactlyInAnyOrderElementsOf(SEED_ALERTS);
    for (var rule : rules) {
      assertThat(rule).as(rule.get("alert").toString()).containsKeys("expr", "for", "labels", "annotations");
      assertThat(rule.get("expr").toString()).matches("(?s).*kelola_[a-z_]+.*");
      assertThat(rule.get("for").toString()).matches("\\d+[smh]");
      assertThat((Map<String, Object>) rule.get("labels")).containsKey("severity");
      assertThat((Map<String, Object>) rule.get("annotations")).containsKeys("summary", "description");
    }
  }

  @Test
  void alertsUseTheMetricsTheHubExports() throws IOException {
    var rules = Files.readString(DEPLOY.resolve("prometheus/kelola-alerts.yml"));
    assertThat(rules).contains("kelola_sse_drops_total{reason=\"slow_client\"}", "kelola_sse_drops_total{reason=\"session_expired\"}",
        "kelola_sse_dispatch_errors_total");
  }

  @Test
  void dashboardHasTheRealtimeRowAndItsPanels() throws IOException {
    JsonNode dash = JsonMapper.builder().build().readTree(Files.readString(DEPLOY.resolve("grafana/kelola-realtime.json")));
    assertThat(dash.path("uid").asString()).isEqualTo("kelola-realtime");
    var titles = new ArrayList<String>();
    var exprs = new StringBuilder();
    for (JsonNode panel : dash.path("panels")) {
      titles.add(panel.path("title").asString());
      for (JsonNode target : panel.path("targets")) exprs.append(target.path("expr").asString()).append('\n');
    }
    assertThat(titles).contains("SSE / Realtime", "Active connections per role", "Events/s by subject", "Drops by reason",
        "Hub dispatch p99", "Clock skew vs identity provider");
    assertThat(exprs.toString()).contains("kelola_sse_connections", "kelola_sse_events_total", "kelola_sse_drops_total",
        "kelola_sse_dispatch_seconds{quantile=\"0.99\"", "kelola_auth_clock_skew_seconds");
  }
}
