package io.kelola.factory.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Manual cash-book entries, transfers, the running balance and the balance = Σ transactions invariant. */
@IntegrationTest
class CashBookTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired Receivables receivables;
  @Autowired Payables payables;
  @Autowired CashBook cash;
  FinanceFixtures f;
  Http admin;

  @BeforeEach
  void setUp() {
    f = new FinanceFixtures(jdbc, tx, receivables, payables, cash);
    admin = Http.api(port, "admin", Http.DEMO_PASSWORD);
  }

  private int post(String type, String account, String to, String amount) {
    var body = new java.util.HashMap<String, Object>(Map.of("type", type, "account", account, "amount", new BigDecimal(amount)));
    if (to != null) body.put("toAccount", to);
    return admin.postJson("/api/v1/factory/cash/transactions", body).statusCode();
  }

  @Test
  void defaultAccountExists() {
    var accounts = Http.json(Http.api(port, "auditor", Http.DEMO_PASSWORD).get("/api/v1/factory/cash/accounts"));
    var names = new java.util.ArrayList<String>();
    accounts.forEach(a -> names.add(a.get("code").asString() + "|" + a.get("name").asString()));
    assertThat(names).contains("KAS-01|Kas & Bank Utama");
  }

  @Test
  void entriesAndTransfersKeepBalancesEqualToTheirTransactions() {
    var code = FinanceFixtures.code("KB");
    assertThat(admin.postJson("/api/v1/factory/cash/accounts", Map.of("code", code, "name", "Bank uji")).statusCode())
        .isEqualTo(201);
    var other = f.account("0");
    assertThat(post("OPENING", code, null, "1000")).isEqualTo(201);
    assertThat(post("OPENING", code, null, "5")).isEqualTo(409);
    assertThat(post("INCOME", code, null, "250.50")).isEqualTo(201);
    assertThat(post("EXPENSE", code, null, "100")).isEqualTo(201);
    assertThat(post("TRANSFER", code, other, "400")).isEqualTo(201);
    assertThat(post("EXPENSE", code, null, "750.51")).isEqualTo(409);
    assertThat(post("TRANSFER", other, code, "400.01")).isEqualTo(409);

    assertThat(f.balance(code)).isEqualByComparingTo("750.50").isEqualByComparingTo(f.txnSum(code));
    assertThat(f.balance(other)).isEqualByComparingTo("400").isEqualByComparingTo(f.txnSum(other));
    assertThat(cash.inconsistentAccounts()).isEmpty();

    var page = Http.json(admin.get("/api/v1/factory/cash/transactions?account=" + code));
    assertThat(page.get("total").asInt()).isEqualTo(4);
    var items = page.get("items");
    // newest first, each with the balance after it
    assertThat(items.get(0).get("category").asString()).isEqualTo("TRANSFER");
    assertThat(items.get(0).get("direction").asString()).isEqualTo("OUT");
    assertThat(items.get(0).get("runningBalance").decimalValue()).isEqualByComparingTo("750.50");
    assertThat(items.get(1).get("runningBalance").decimalValue()).isEqualByComparingTo("1150.50");
    assertThat(items.get(2).get("runningBalance").decimalValue()).isEqualByComparingTo("1250.50");
    assertThat(items.get(3).get("runningBalance").decimalValue()).isEqualByComparingTo("1000");
    var filtered = Http.json(admin.get("/api/v1/factory/cash/transactions?account=" + code + "&category=INCOME"));
    assertThat(filtered.get("total").asInt()).isEqualTo(1);
    assertThat(filtered.get("items").get(0).get("runningBalance").decimalValue()).isEqualByComparingTo("1250.50");
  }

  @Test
  void consistencyCheckFindsABalanceThatDriftedFromItsTransactions() {
    var acct = f.account("300");
    assertThat(cash.inconsistentAccounts()).doesNotContain(acct);
    jdbc.sql("UPDATE t_cash_acct SET balance = balance + 1 WHERE code = :c").param("c", acct).update();
    try {
      assertThat(cash.inconsistentAccounts()).contains(acct);
    } finally {
      jdbc.sql("UPDATE t_cash_acct SET balance = balance - 1 WHERE code = :c").param("c", acct).update();
    }
    assertThat(cash.inconsistentAccounts()).doesNotContain(acct);
  }
}
