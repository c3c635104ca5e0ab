package io.kelola.factory.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Every finance endpoint per role, list filters, and bad input answered with 400/404/409 problems. */
@IntegrationTest
class FinanceApiTest {

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

  @Test
  void readersReadPayersPayOthersAreForbidden() {
    var ar = f.receivable(f.customer(), FinanceFixtures.today(), 30, "1000", "0");
    var ap = f.payable(f.vendor(), FinanceFixtures.today(), 30, "1000", "0");
    var acct = f.account("5000");
    var reads = List.of("/api/v1/factory/receivables", "/api/v1/factory/receivables/ageing",
        "/api/v1/factory/receivables/" + ar.number(), "/api/v1/factory/payables", "/api/v1/factory/payables/ageing",
        "/api/v1/factory/payables/" + ap.number(), "/api/v1/factory/cash/accounts",
        "/api/v1/factory/cash/transactions?account=" + acct);
    var payAr = "/api/v1/factory/receivables/" + ar.number() + "/payments";
    var payAp = "/api/v1/factory/payables/" + ap.number() + "/payments";
    Map<String, Object> one = Map.of("amount", 1, "account", acct);
    for (var user : List.of("direktur", "auditor", "john.doe", "sales1", "operator1")) {
      var http = Http.api(port, user, Http.DEMO_PASSWORD);
      int expectRead = user.equals("direktur") || user.equals("auditor") ? 200 : 403;
      for (var path : reads) assertThat(http.get(path).statusCode()).as(user + " GET " + path).isEqualTo(expectRead);
      assertThat(http.postJson(payAr, one).statusCode()).as(user).isEqualTo(403);
      assertThat(http.postJson(payAp, one).statusCode()).as(user).isEqualTo(403);
      assertThat(http.postJson("/api/v1/factory/cash/accounts", Map.of("code", "X1", "name", "x")).statusCode())
          .as(user).isEqualTo(403);
      assertThat(http.postJson("/api/v1/factory/cash/transactions",
          Map.of("type", "INCOME", "account", acct, "amount", 1)).statusCode()).as(user).isEqualTo(403);
    }
    for (var path : reads) assertThat(admin.get(path).statusCode()).as(path).isEqualTo(200);
    assertThat(admin.postJson(payAr, one).statusCode()).isEqualTo(201);
    assertThat(admin.postJson(payAp, one).statusCode()).isEqualTo(201);
    assertThat(f.paid("t_ar", ar.id())).isEqualByComparingTo("1");
    assertThat(f.paid("t_ap", ap.id())).isEqualByComparingTo("1");
    assertThat(Http.anonymous(port).get("/api/v1/factory/receivables").statusCode()).isEqualTo(401);
  }

  @Test
  void listsFilterSearchAndPage() {
    var c = f.customer();
    var late = f.receivable(c, FinanceFixtures.today().minusDays(60), 30, "100", "0");
    var fresh = f.receivable(c, FinanceFixtures.today(), 30, "200", "0");
    var all = Http.json(admin.get("/api/v1/factory/receivables?customer=" + c + "&sort=due&dir=desc"));
    assertThat(all.get("total").asInt()).isEqualTo(2);
    assertThat(all.get("items").get(0).get("number").asString()).isEqualTo(fresh.number());
    var early = Http.json(admin.get("/api/v1/factory/receivables?customer=" + c + "&dueTo="
        + FinanceFixtures.today().minusDays(1)));
    assertThat(early.get("total").asInt()).isEqualTo(1);
    assertThat(early.get("items").get(0).get("daysPastDue").asInt()).isEqualTo(30);
    var byNumber = Http.json(admin.get("/api/v1/factory/receivables?q=" + late.number()));
    assertThat(byNumber.get("total").asInt()).isEqualTo(1);
    var paid = Http.json(admin.get("/api/v1/factory/receivables?customer=" + c + "&status=Paid"));
    assertThat(paid.get("total").asInt()).isZero();
    var paged = Http.json(admin.get("/api/v1/factory/receivables?customer=" + c + "&size=1&page=2"));
    assertThat(paged.get("items")).hasSize(1);
    assertThat(paged.get("pages").asInt()).isEqualTo(2);
  }

  @Test
  void badInputIsRefusedWithAProblemNamingTheField() {
    var ar = f.receivable(f.customer(), FinanceFixtures.today().minusDays(2), 30, "1000", "0");
    var acct = f.account("100");
    var pay = "/api/v1/factory/receivables/" + ar.number() + "/payments";
    assertField(admin.postJson(pay, Map.of("account", acct)), 400, "amount");
    assertField(admin.postJson(pay, Map.of("amount", 0, "account", acct)), 400, "amount");
    assertField(admin.postJson(pay, Map.of("amount", -5, "account", acct)), 400, "amount");
    assertField(admin.postJson(pay, Map.of("amount", new BigDecimal("1.001"), "account", acct)), 400, "amount");
    assertField(admin.postJson(pay, Map.of("amount", new BigDecimal("1e20"), "account", acct)), 400, "amount");
    assertField(admin.postJson(pay, Map.of("amount", 1, "account", acct, "date",
        FinanceFixtures.today().plusDays(1).toString())), 400, "date");
    assertField(admin.postJson(pay, Map.of("amount", 1, "account", acct, "date",
        FinanceFixtures.today().minusDays(3).toString())), 400, "date");
    assertField(admin.postJson(pay, Map.of("amount", 1, "account", "NOPE-" + acct)), 400, "account");
    assertField(admin.postJson(pay, Map.of("amount", 1, "account", acct, "notes", "x".repeat(501))), 400, "notes");
    assertField(admin.postJson(pay, Map.of("amount", 1, "account", acct, "reference", "a\u0000b")), 400, "reference");
    assertThat(admin.sendJson("POST", pay, "{\"amount\":").statusCode()).isEqualTo(400);
    assertThat(admin.sendJson("POST", pay, "{\"amount\":\"abc\"}").statusCode()).isEqualTo(400);
    assertThat(admin.sendJson("POST", pay, "{\"amount\":1,\"date\":\"21-11-2026\"}").statusCode()).isEqualTo(400);
    assertThat(admin.postJson("/api/v1/factory/receivables/INV-000000-0000/payments", Map.of("amount", 1)).statusCode())
        .isEqualTo(404);
    assertThat(admin.postJson("/api/v1/factory/payables/" + ar.number() + "/payments", Map.of("amount", 1)).statusCode())
        .isEqualTo(404);
    assertThat(f.paid("t_ar", ar.id())).isEqualByComparingTo("0");

    assertField(admin.get("/api/v1/factory/receivables?status=Lunas"), 400, "status");
    assertField(admin.get("/api/v1/factory/payables?dueFrom=kemarin"), 400, "dueFrom");
    assertField(admin.get("/api/v1/factory/payables?dueFrom=2026-02-01&dueTo=2026-01-01"), 400, "dueTo");
    assertThat(admin.get("/api/v1/factory/receivables?page=abc").statusCode()).isEqualTo(400);
    assertThat(admin.get("/api/v1/factory/receivables/INV-000000-0000").statusCode()).isEqualTo(404);
    assertThat(admin.get("/api/v1/factory/payables/00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(404);
    assertField(admin.get("/api/v1/factory/receivables/ageing?customer=" + "C".repeat(40)), 400, "party");

    assertField(admin.postJson("/api/v1/factory/cash/accounts", Map.of("code", "", "name", "x")), 400, "code");
    assertField(admin.postJson("/api/v1/factory/cash/accounts", Map.of("code", "kas baru", "name", "x")), 400, "code");
    assertField(admin.postJson("/api/v1/factory/cash/accounts", Map.of("code", FinanceFixtures.code("K"))), 400, "name");
    assertField(admin.postJson("/api/v1/factory/cash/accounts", Map.of("code", acct, "name", "dup")), 409, "code");
    assertField(admin.get("/api/v1/factory/cash/transactions?category=GAJI"), 400, "category");
    assertField(admin.get("/api/v1/factory/cash/transactions?from=x"), 400, "from");
    assertThat(admin.get("/api/v1/factory/cash/transactions?account=NOPE-X").statusCode()).isEqualTo(404);
    var txn = "/api/v1/factory/cash/transactions";
    assertField(admin.postJson(txn, Map.of("type", "GAJI", "account", acct, "amount", 1)), 400, "type");
    assertField(admin.postJson(txn, Map.of("type", "INCOME", "account", acct, "amount", 0)), 400, "amount");
    assertField(admin.postJson(txn, Map.of("type", "TRANSFER", "account", acct, "amount", 1)), 400, "toAccount");
    assertField(admin.postJson(txn, Map.of("type", "TRANSFER", "account", acct, "toAccount", acct, "amount", 1)), 400,
        "toAccount");
    assertField(admin.postJson(txn, Map.of("type", "EXPENSE", "account", acct, "amount", 101)), 409, "amount");
    assertField(admin.postJson(txn, Map.of("type", "INCOME", "account", "NOPE-X", "amount", 1)), 400, "account");
    assertThat(admin.sendJson("POST", txn, "[]").statusCode()).isEqualTo(400);
    assertThat(admin.sendJson("POST", txn, "null").statusCode()).isEqualTo(400);
    assertThat(admin.sendJson("POST", pay, "null").statusCode()).isEqualTo(400);
    assertThat(admin.sendJson("POST", "/api/v1/factory/cash/accounts", "null").statusCode()).isEqualTo(400);
    assertThat(f.balance(acct)).isEqualByComparingTo("100").isEqualByComparingTo(f.txnSum(acct));
  }

  private static void assertField(HttpResponse<String> res, int status, String field) {
    assertThat(res.statusCode()).as(res.body()).isEqualTo(status);
    assertThat(res.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    var names = new ArrayList<String>();
    var errors = Http.json(res).get("errors");
    if (errors != null) errors.forEach(e -> names.add(e.get("field").asString()));
    assertThat(names).as(res.body()).contains(field);
  }

}
