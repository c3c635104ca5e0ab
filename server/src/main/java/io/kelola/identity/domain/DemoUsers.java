package io.kelola.identity.domain;

import io.kelola.shared.DemoMode;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo logins (seed 002 §1.8.C plus one per role of every seed), created only in demo mode and
 * flagged {@code is_demo} so they stop working whenever demo mode is off. Listed in the README.
 */
@Component
@Order(10)
class DemoUsers implements ApplicationRunner {

  /** The one demo password; documented in the README, valid only while demo mode is on. */
  static final String DEMO_PASSWORD = "Kelola-Demo-2026";

  private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

  record Demo(String username, String email, String fullName, String role, boolean active) {}

  static final List<Demo> USERS = List.of(
      // seed 002 §1.8.C
      new Demo("admin", "admin@factory.local", "Administrator", "SYSADMIN", true),
      new Demo("john.doe", "john@factory.local", "John Doe", "MANAGER_SALES", true),
      new Demo("jane.smith", "jane@factory.local", "Jane Smith", "MANAGER_PROD", true),
      new Demo("operator1", "op1@factory.local", "Operator Satu", "OPERATOR", true),
      new Demo("resigned", "ex@factory.local", "Mantan Karyawan", "STAFF_SALES", false),
      // the other Sentient Factory roles
      new Demo("direktur", "direktur@factory.local", "Ibu Direktur", "DIRECTOR", true),
      new Demo("sales1", "sales1@factory.local", "Staf Penjualan", "STAFF_SALES", true),
      new Demo("gudang1", "gudang1@factory.local", "Staf Gudang", "STAFF_WH", true),
      new Demo("auditor", "auditor@factory.local", "Pembaca Laporan", "READONLY", true),
      // SARI (seed 000)
      new Demo("sari.admin", "admin@sari.local", "Admin SARI", "ADMIN", true),
      new Demo("sari.manager", "manager@sari.local", "Manajer SARI", "MANAGER", true),
      new Demo("qc.supervisor", "qc@sari.local", "Supervisor QC", "QC_SUPERVISOR", true),
      new Demo("sari.gudang", "gudang@sari.local", "Staf Gudang Dingin", "WAREHOUSE_STAFF", true),
      new Demo("sari.operator", "operator@sari.local", "Operator Intake", "OPERATOR", true),
      // SentraAuto Care (seed 001)
      new Demo("kepala.cabang", "kacab@sentra.local", "Kepala Cabang", "BRANCH_MANAGER", true),
      new Demo("advisor1", "advisor@sentra.local", "Service Advisor", "SERVICE_ADVISOR", true),
      new Demo("mekanik1", "mekanik@sentra.local", "Mekanik Bay 1", "MECHANIC", true),
      new Demo("storekeeper1", "gudang@sentra.local", "Storekeeper", "STOREKEEPER", true),
      new Demo("kasir1", "kasir@sentra.local", "Kasir", "CASHIER", true));

  private final DemoMode demo;
  private final UserService users;
  private final UserRepository repository;

  DemoUsers(DemoMode demo, UserService users, UserRepository repository) {
    this.demo = demo;
    this.users = users;
    this.repository = repository;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!demo.enabled()) return;
    int created = 0;
    for (var d : USERS) {
      if (repository.usernameTaken(d.username())) continue;
      var view = users.create(new NewUser(d.username(), d.email(), d.fullName(), d.role(), DEMO_PASSWORD), true);
      if (!d.active()) users.setActive(view.uuid(), false);
      created++;
    }
    log.info("Demo mode: {} demo users present ({} created now); password as documented in README", USERS.size(), created);
  }
}
