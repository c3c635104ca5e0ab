package io.kelola.factory.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Receivable, payable and cash pages for a reader (direktur) and a payer (admin), plus the audited exports. */
@IntegrationTest
class FinancePagesTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired Receivables receivables;
  @Autowired Payables payables;
  @Autowired CashBook cash;
  FinanceFixtures f;

  @BeforeEach
  void setUp() {
    f = new FinanceFixtures(jdbc, tx, receivables, payables, cash);
  }

  @Test
  void directorReadsListsDetailsCashAndExportsButCannotPay() {
    var c = f.customer();
    var ar = f.receivable(c, FinanceFixtures.today().minusDays(50), 30, "1250000", "0");
    var ap = f.payable(f.vendor(), FinanceFixtures.today(), 30, "500000", "0");
    var direktur = Http.browser(port, "direktur", Http.DEMO_PASSWORD);

    var list = direktur.get("/factory/receivables?party=" + c);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(ar.number(), "Rp1.250.000", "<svg", "data-bucket=\"1\"", "export-xlsx");
    var detail = direktur.get("/factory/receivables/" + ar.number());
    assertThat(detail.statusCode()).isEqualTo(200);
    assertThat(detail.body()).contains(ar.number(), "id=\"timeline\"").doesNotContain("payment-form");
    assertThat(direktur.get("/factory/payables").body()).contains(ap.number());
    assertThat(direktur.get("/factory/payables/" + ap.uuid()).statusCode()).isEqualTo(200);
    var cashPage = direktur.get("/factory/cash");
    assertThat(cashPage.statusCode()).isEqualTo(200);
    assertThat(cashPage.body()).contains("KAS-01").doesNotContain("cash-form");
    assertThat(direktur.get("/factory/receivables?status=bogus").body()).contains("filter-error");
    assertThat(direktur.get("/factory/receivables/INV-000000-0000").statusCode()).isEqualTo(404);

    long before = exports();
    var xlsx = direktur.get("/factory/receivables/export.xlsx?party=" + c);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("piutang-");
    assertThat(xlsx.body()).startsWith("PK");
    assertThat(direktur.get("/factory/payables/export.xlsx").statusCode()).isEqualTo(200);
    var pdf = direktur.get("/factory/receivables/ageing.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.body()).startsWith("%PDF");
    assertThat(exports()).isEqualTo(before + 3);

    var auditor = Http.browser(port, "auditor", Http.DEMO_PASSWORD);
    assertThat(auditor.get("/factory/receivables").statusCode()).isEqualTo(200);
    assertThat(auditor.get("/factory/receivables/export.xlsx").statusCode()).isEqualTo(403);
    assertThat(Http.browser(port, "sales1", Http.DEMO_PASSWORD).get("/factory/cash").statusCode()).isEqualTo(403);
  }

  @Test
  void adminPaysThroughTheFormAndSeesRefusalsAtTheField() {
    var acct = f.account("0");
    var ar = f.receivable(f.customer(), FinanceFixtures.today(), 30, "2000000", "0");
    var admin = Http.browser(port, "admin", Http.DEMO_PASSWORD);
    var detail = admin.get("/factory/receivables/" + ar.number());
    assertThat(detail.body()).contains("payment-form", acct);
    var path = "/factory/receivables/" + ar.number() + "/payments";

    var bad = admin.postForm(path, Map.of("amount", "dua juta", "account", acct));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("is-invalid", "dua juta");
    var over = admin.postForm(path, Map.of("amount", "3.000.000", "account", acct));
    assertThat(over.statusCode()).isEqualTo(409);
    assertThat(over.body()).contains("Rp2.000.000");

    var ok = admin.postForm(path, Map.of("amount", "1.500.000", "account", acct, "reference", "TRF-BCA-1"));
    assertThat(ok.statusCode()).isEqualTo(302);
    assertThat(ok.headers().firstValue("Location").orElse("")).contains(ar.number(), "done=paid");
    assertThat(f.paid("t_ar", ar.id())).isEqualByComparingTo("1500000");
    var after = admin.get("/factory/receivables/" + ar.number() + "?done=paid");
    assertThat(after.body()).contains("id=\"flash\"", "TRF-BCA-1", "Rp500.000");

    var cashOk = admin.postForm("/factory/cash/transactions", Map.of("type", "EXPENSE", "account", acct, "amount", "250.000"));
    assertThat(cashOk.statusCode()).isEqualTo(302);
    assertThat(f.balance(acct)).isEqualByComparingTo("1250000");
    var cashPage = admin.get("/factory/cash?account=" + acct);
    assertThat(cashPage.body()).contains("cash-form", "Rp1.250.000", "Rp1.500.000");
    var cashBad = admin.postForm("/factory/cash/transactions", Map.of("type", "EXPENSE", "account", acct, "amount", "9.000.000"));
    assertThat(cashBad.statusCode()).isEqualTo(409);
    assertThat(cashBad.body()).contains("form-error");
    assertThat(f.balance(acct)).isEqualByComparingTo("1250000");
  }

  private long exports() {
    return jdbc.sql("SELECT count(*) FROM log_audit WHERE action = 'EXPORT' AND entity_type IN ('t_ar', 't_ap')")
        .query(Long.class).single();
  }
}
