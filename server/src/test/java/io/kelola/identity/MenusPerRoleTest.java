package io.kelola.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** GET /api/v1/menus returns each role exactly the nested tree its role mapping and permissions allow. */
@IntegrationTest
class MenusPerRoleTest {

  private static final List<String> MASTERS = List.of("MENU_MASTER", "MENU_MASTER_CUST", "MENU_MASTER_ITEM",
      "MENU_MASTER_VENDOR", "MENU_MASTER_MACHINE", "MENU_MASTER_EMP", "MENU_MASTER_WH", "MENU_MASTER_CERT");
  private static final List<String> INVENTORY_READ = List.of("MENU_INV", "MENU_INV_STOCK", "MENU_INV_MOVES",
      "MENU_INV_LOTS");
  private static final List<String> INVENTORY_ALL = concat(INVENTORY_READ, List.of("MENU_INV_ADJUST"));
  private static final List<String> FACTORY_ALL = List.of("MENU_FACTORY", "MENU_FACTORY_DASH",
      "MENU_FACTORY_APPROVALS", "MENU_FACTORY_SO", "MENU_FACTORY_DO", "MENU_FACTORY_PO", "MENU_FACTORY_WO",
      "MENU_FACTORY_SHIFT", "MENU_FACTORY_MAINT", "MENU_FACTORY_AR", "MENU_FACTORY_AP", "MENU_FACTORY_CASH");
  private static final List<String> SARI_ALL = List.of("MENU_SARI", "MENU_SARI_INTAKE", "MENU_SARI_MYLOTS",
      "MENU_SARI_LOTS", "MENU_SARI_QC", "MENU_SARI_SPECS", "MENU_SARI_SLOTS", "MENU_SARI_DISPATCH", "MENU_SARI_DASH");

  @LocalServerPort int port;

  @Test
  void adminSeesTheWholeAdministrationSection() {
    var tree = menus("admin");
    assertThat(codes(tree)).containsExactlyElementsOf(concat(List.of("MENU_DASHBOARD"), FACTORY_ALL, SARI_ALL, MASTERS, INVENTORY_ALL,
        List.of("MENU_ACCOUNT", "MENU_ADMIN", "MENU_ADMIN_USER", "MENU_ADMIN_ROLE", "MENU_ADMIN_MENU",
            "MENU_ADMIN_SESSION", "MENU_ADMIN_AUDIT", "MENU_ADMIN_API")));
    var admin = tree.get(6);
    assertThat(admin.get("path").isNull()).isTrue();
    assertThat(admin.get("children")).hasSize(6);
  }

  @Test
  void directorSeesUsersAndAuditOnly() {
    assertThat(codes(menus("direktur"))).containsExactlyElementsOf(concat(List.of("MENU_DASHBOARD"), FACTORY_ALL,
        List.of("MENU_SARI",
        "MENU_SARI_LOTS", "MENU_SARI_DASH"), MASTERS,
        INVENTORY_READ, List.of("MENU_ACCOUNT", "MENU_ADMIN", "MENU_ADMIN_USER", "MENU_ADMIN_AUDIT")));
  }

  @Test
  void operatorSeesLotIntakeButNoAdministration() {
    assertThat(codes(menus("operator1"))).containsExactly("MENU_DASHBOARD", "MENU_FACTORY", "MENU_FACTORY_WO",
        "MENU_FACTORY_SHIFT", "MENU_SARI", "MENU_SARI_INTAKE",
        "MENU_SARI_MYLOTS", "MENU_ACCOUNT");
  }

  @Test
  void qcSupervisorSeesTheQcQueueAndSpecs() {
    assertThat(codes(menus("qc.supervisor"))).containsSubsequence("MENU_SARI", "MENU_SARI_LOTS", "MENU_SARI_QC",
        "MENU_SARI_SPECS").doesNotContain("MENU_SARI_INTAKE", "MENU_SARI_SLOTS", "MENU_SARI_DASH");
  }

  @Test
  void mechanicSeesStockButNoMasters() {
    assertThat(codes(menus("mekanik1"))).containsExactlyElementsOf(concat(List.of("MENU_DASHBOARD"), INVENTORY_READ,
        List.of("MENU_ACCOUNT")));
  }

  @Test
  void warehouseStaffMayAdjustStock() {
    assertThat(codes(menus("gudang1"))).containsExactlyElementsOf(concat(List.of("MENU_DASHBOARD", "MENU_FACTORY",
        "MENU_FACTORY_DO", "MENU_FACTORY_PO"), MASTERS, INVENTORY_ALL,
        List.of("MENU_ACCOUNT")));
  }

  @Test
  void branchManagerGetsAuditButNoEmptyGroups() {
    assertThat(codes(menus("kepala.cabang"))).containsExactlyElementsOf(concat(List.of("MENU_DASHBOARD"), MASTERS,
        INVENTORY_READ, List.of("MENU_ACCOUNT", "MENU_ADMIN", "MENU_ADMIN_AUDIT")));
  }

  @Test
  void anonymousGets401() {
    assertThat(Http.anonymous(port).get("/api/v1/menus").statusCode()).isEqualTo(401);
  }

  private JsonNode menus(String user) {
    var res = Http.api(port, user, Http.DEMO_PASSWORD).get("/api/v1/menus");
    assertThat(res.statusCode()).isEqualTo(200);
    return Http.json(res);
  }

  private static List<String> codes(JsonNode tree) {
    var out = new ArrayList<String>();
    tree.forEach(n -> {
      out.add(n.get("code").asString());
      out.addAll(codes(n.get("children")));
    });
    return out;
  }

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
  }
}
