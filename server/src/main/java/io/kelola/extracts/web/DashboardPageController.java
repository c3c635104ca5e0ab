package io.kelola.extracts.web;

import io.kelola.extracts.domain.SariDashboard;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.Msg;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /sari/dashboard}: lots per stage in flow order, how long they wait, SLA breaches, cold-chain
 * utilisation by zone and intake per day. An htmx request (live refresh, debounced in the page) gets
 * only the body.
 */
@Controller
class DashboardPageController {

  static final String PATH = "/sari/dashboard";

  private final SariDashboard dashboard;
  private final MessageSource messages;

  DashboardPageController(SariDashboard dashboard, MessageSource messages) {
    this.dashboard = dashboard;
    this.messages = messages;
  }

  @GetMapping(PATH)
  @RequiresPermission("SARI.DASHBOARD")
  String dashboard(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
    response.addHeader("Vary", "HX-Request");
    var summary = dashboard.summary();
    model.addAttribute("view", new DashboardView(summary,
        IntakeChartSvg.render(summary.intakePerDay(), new Msg(messages, locale))));
    return BoardValues.partOnly(request) ? "sari/dashboardBody" : "sari/dashboard";
  }
}
