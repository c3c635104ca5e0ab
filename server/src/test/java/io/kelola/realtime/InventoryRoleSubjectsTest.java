package io.kelola.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The configured role table lets warehouse roles follow stock moves live, and nobody else gains them. */
@IntegrationTest
class InventoryRoleSubjectsTest {

  @Autowired RoleFilter roles;

  @Test
  void warehouseRolesReceiveInventoryEvents() {
    var me = UUID.randomUUID();
    for (var role : List.of("STAFF_WH", "STOREKEEPER", "MANAGER_PROD", "WAREHOUSE_STAFF")) {
      assertThat(roles.allows(role, me, RoleFilterTest.event("inventory.moved", null))).as(role).isTrue();
      assertThat(roles.allows(role, me, RoleFilterTest.event("inventory.reservation_changed", null))).as(role).isTrue();
    }
    assertThat(roles.allows("WAREHOUSE_STAFF", me, RoleFilterTest.event("lot.created", null))).isTrue();
    assertThat(roles.allows("OPERATOR", me, RoleFilterTest.event("inventory.moved", me))).isFalse();
    assertThat(roles.allows("STAFF_SALES", me, RoleFilterTest.event("inventory.moved", null))).isFalse();
  }
}
