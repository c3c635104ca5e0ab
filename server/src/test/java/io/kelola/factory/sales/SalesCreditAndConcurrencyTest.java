package io.kelola.factory.sales;

import static io.kelola.factory.sales.SalesFixtures.action;
import static io.kelola.factory.sales.SalesFixtures.create;
import static io.kelola.factory.sales.SalesFixtures.line;
import static io.kelola.factory.sales.SalesFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.inventory.StockLedger;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Credit limit at approval, and what parallel requests may and may not do to numbers and stock. */
@IntegrationTest
class SalesCreditAndConcurrencyTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired StockLedger ledger;
  SalesFixtures f;
  Http sales;
  Http manager;
  String item;
  String wh;

  @BeforeEach
  void setUp() {
    f = new SalesFixtures(jdbc, ledger);
    sales = Http.api(port, "sales1", Http.DEMO_PASSWORD);
    manager = Http.api(port, "john.doe", Http.DEMO_PASSWORD);
    item = f.item("65000");
    wh = f.warehouse();
  }

  String pending(String customer, int qty) {
    var no = create(sales, order(customer, wh, List.of(line(item, qty))));
    assertThat(action(sales, no, "submit", null).statusCode()).isEqualTo(200);
    return no;
  }

  @Test
  void overTheCreditLimitNeedsAReasonAndIsFlagged() {
    f.stock(item, wh, 50);
    var customer = f.customer("500000", 30);
    var no = pending(customer, 10);
    var refused = action(manager, no, "approve", Map.of());
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(Http.json(refused).get("detail").asString()).contains("Rp500.000").contains("Rp721.500");
    assertThat(f.balance(item, wh)[1]).isEqualByComparingTo("0");
    var approved = action(manager, no, "approve", Map.of("reason", "pelanggan lama, bayar tepat waktu"));
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    var body = Http.json(approved);
    assertThat(body.get("status").asString()).isEqualTo("Approved");
    assertThat(body.get("overCredit").asBoolean()).isTrue();
    assertThat(body.get("creditNote").asString()).isEqualTo("pelanggan lama, bayar tepat waktu");
    // within the limit: no reason needed, not flagged
    var rich = f.customer("1000000", 30);
    var fine = action(manager, pending(rich, 10), "approve", null);
    assertThat(Http.json(fine).get("overCredit").asBoolean()).isFalse();
  }

  @Test
  void fiftyParallelCreatesGetGaplessNumbers() throws Exception {
    var customer = f.customer("0", 30);
    var month = "20" + (40 + ThreadLocalRandom.current().nextInt(50)) + "-0" + (1 + ThreadLocalRandom.current().nextInt(9));
    var body = order(customer, wh, List.of(line(item, 1)));
    body.put("orderDate", month + "-15");
    var tasks = new ArrayList<Callable<HttpResponse<String>>>();
    for (int i = 0; i < 50; i++) tasks.add(() -> sales.postJson("/api/v1/factory/sales-orders", body));
    var numbers = new ArrayList<String>();
    for (var res : parallel(tasks)) {
      assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
      numbers.add(Http.json(res).get("soNo").asString());
    }
    var period = month.replace("-", "");
    var expected = new ArrayList<String>();
    for (int i = 1; i <= 50; i++) expected.add("SO-%s-%04d".formatted(period, i));
    assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void twoOrdersCompetingForScarceStockNeverOversell() throws Exception {
    f.stock(item, wh, 10);
    var customer = f.customer("100000000", 30);
    var one = pending(customer, 7);
    var two = pending(customer, 7);
    List<Callable<HttpResponse<String>>> calls = List.of(() -> action(manager, one, "approve", null),
        () -> action(manager, two, "approve", null));
    var results = parallel(calls);
    var codes = results.stream().map(HttpResponse::statusCode).sorted().toList();
    assertThat(codes).containsExactly(200, 409);
    var refused = results.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
    assertThat(Http.json(refused).get("detail").asString()).contains(item).contains("3");
    var balance = f.balance(item, wh);
    assertThat(balance[1]).isEqualByComparingTo("7");
    assertThat(balance[1]).isLessThanOrEqualTo(balance[0]);
  }

  @Test
  void theSameOrderApprovedTwiceInParallelIsApprovedOnce() throws Exception {
    f.stock(item, wh, 10);
    var no = pending(f.customer("100000000", 30), 4);
    var admin = Http.api(port, "admin", Http.DEMO_PASSWORD);
    List<Callable<HttpResponse<String>>> calls = List.of(() -> action(manager, no, "approve", null),
        () -> action(admin, no, "approve", null));
    var results = parallel(calls);
    assertThat(results.stream().map(HttpResponse::statusCode).sorted().toList()).containsExactly(200, 409);
    assertThat(f.balance(item, wh)[1]).isEqualByComparingTo("4");
  }

  /** Runs the calls together (released at once) and returns their answers in order. */
  private static <T> List<T> parallel(List<Callable<T>> calls) throws Exception {
    var pool = Executors.newFixedThreadPool(Math.min(calls.size(), 16));
    try {
      var start = new CountDownLatch(1);
      var futures = new ArrayList<java.util.concurrent.Future<T>>();
      for (var c : calls) {
        futures.add(pool.submit(() -> {
          start.await();
          return c.call();
        }));
      }
      start.countDown();
      var out = new ArrayList<T>();
      for (var fu : futures) out.add(fu.get(120, TimeUnit.SECONDS));
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
