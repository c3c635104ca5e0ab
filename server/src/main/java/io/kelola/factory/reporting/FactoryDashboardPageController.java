package io.kelola.factory.reporting;

import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.KelolaPrincipal;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.Formats;
import io.kelola.shared.web.Msg;
import io.kelola.shared.web.Requests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /factory/dashboard}: KPI cards and charts by role — money only with {@code FIN.READ},
 * production with {@code SHIFT.READ}/{@code WO.READ}, sales with {@code SO.READ}. An htmx request
 * (live refresh on factory events, debounced in the page) gets only the body.
 */
@Controller
class FactoryDashboardPageController {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM-yy");

  private final DashboardSummary summary;
  private final DashboardCharts charts;
  private final MessageSource messages;

  FactoryDashboardPageController(DashboardSummary summary, DashboardCharts charts, MessageSource messages) {
    this.summary = summary;
    this.charts = charts;
    this.messages = messages;
  }

  @GetMapping("/factory/dashboard")
  @RequiresPermission("DASH.VIEW")
  String dashboard(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
    response.addHeader("Vary", "HX-Request");
    var caller = CurrentUser.get().orElseThrow();
    model.addAttribute("view", view(caller, new Msg(messages, locale)));
    return partOnly(request) ? "factory/reporting/dashboardBody" : "factory/reporting/dashboard";
  }

  private DashboardPageView view(KelolaPrincipal caller, Msg t) {
    var today = summary.today();
    boolean money = caller.can("FIN.READ");
    boolean production = caller.can("SHIFT.READ") || caller.can("WO.READ");
    boolean sales = caller.can("SO.READ");
    var figures = summary.figures(today);
    String million = t.get("factory.dash.million");
    String billion = t.get("factory.dash.billion");
    String revenue = null;
    String ageing = null;
    if (money) {
      revenue = BarChartSvg.render("revenue-chart", t.get("factory.dash.revenueChart"),
          charts.revenueByMonth(today, 12).stream().map(m -> new BarChartSvg.Bar(MONTH.format(m.month()),
              m.revenue().doubleValue(), DashboardPageView.compactRupiah(m.revenue(), million, billion),
              t.get("factory.dash.revenueBar", MONTH.format(m.month()), Formats.rupiah(m.revenue())))).toList(),
          64, "#206bc4");
      ageing = BarChartSvg.render("ageing-chart", t.get("factory.dash.ageingChart"),
          charts.receivablesAgeing(today).stream().map(b -> new BarChartSvg.Bar(
              t.get("factory.dash.bucket." + b.bucket()), b.amount().doubleValue(),
              DashboardPageView.compactRupiah(b.amount(), million, billion),
              t.get("factory.dash.ageingBar", t.get("factory.dash.bucket." + b.bucket()), Formats.rupiah(b.amount()),
                  b.invoices()))).toList(),
          80, "#d63939");
    }
    String oee = null;
    long openWos = 0;
    if (production) {
      oee = BarChartSvg.render("oee-chart", t.get("factory.dash.oeeChart"),
          charts.oeeByMachine(today).stream().map(m -> new BarChartSvg.Bar(m.code(),
              m.oee() == null ? 0 : m.oee().doubleValue(), DashboardPageView.percent(m.oee()),
              t.get("factory.dash.oeeBar", m.code(), m.name(), DashboardPageView.percent(m.oee())))).toList(),
          64, "#2fb344");
      openWos = charts.openWorkOrders();
    }
    long approved = sales ? charts.approvedOrders() : 0;
    return new DashboardPageView(money ? figures : figures.withoutMoney(), money, production, sales, revenue, oee,
        ageing, openWos, approved);
  }

  static boolean partOnly(HttpServletRequest request) {
    return Requests.isHtmx(request) && !"true".equals(request.getHeader("HX-History-Restore-Request"))
        && !"true".equals(request.getHeader("HX-Boosted"));
  }
}
