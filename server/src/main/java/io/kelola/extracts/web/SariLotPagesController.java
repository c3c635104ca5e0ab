package io.kelola.extracts.web;

import io.kelola.extracts.domain.Dispatches;
import io.kelola.extracts.domain.QcJobs;
import io.kelola.extracts.domain.QcSpecs;
import io.kelola.extracts.domain.SariLots;
import io.kelola.shared.security.AuthenticatedEndpoint;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.NotAuthenticatedException;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.Requests;
import io.kelola.web.ListLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The operator's lots, all lots (stage filter and search) and one lot's page. Lists answer htmx
 * requests with the table only, so live events and the filter re-fetch just that.
 */
@Controller
class SariLotPagesController {

  static final List<String> STAGES = List.of("QC", "RELEASED", "REJECTED", "READY", "DISPATCHED");
  private static final int LIMIT = 200;
  private static final Map<String, String> FLASH = Map.of("created", "sari.page.lot.flash.created",
      "approved", "sari.page.lot.flash.approved", "rejected", "sari.page.lot.flash.rejected");

  private final SariLots lots;
  private final QcJobs jobs;
  private final QcSpecs specs;
  private final Dispatches dispatches;

  SariLotPagesController(SariLots lots, QcJobs jobs, QcSpecs specs, Dispatches dispatches) {
    this.lots = lots;
    this.jobs = jobs;
    this.specs = specs;
    this.dispatches = dispatches;
  }

  @GetMapping(LotQcPaths.MY_LOTS)
  @RequiresPermission("LOT.INTAKE")
  String mine(@RequestParam(required = false) String stage, @RequestParam(required = false) String q,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    var me = CurrentUser.get().orElseThrow(NotAuthenticatedException::new);
    return list(me.userUuid(), LotQcPaths.MY_LOTS, stage, q, request, response, model);
  }

  @GetMapping(LotQcPaths.LOTS)
  @RequiresPermission("LOT.READ")
  String all(@RequestParam(required = false) String stage, @RequestParam(required = false) String q,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    return list(null, LotQcPaths.LOTS, stage, q, request, response, model);
  }

  /** Anyone with {@code LOT.READ}, or the operator who took the lot in; for anyone else the lot is not found. */
  @GetMapping(LotQcPaths.LOT)
  @AuthenticatedEndpoint
  String detail(@PathVariable String code, @RequestParam(required = false) String done, Model model) {
    var me = CurrentUser.get().orElseThrow(NotAuthenticatedException::new);
    // a lot someone may not see is "not found", so lot codes are not confirmed to exist
    if (!me.can(SariLots.READ_ALL) && !me.can("LOT.INTAKE")) throw BusinessRuleException.notFound("sari.lot.notFound");
    var lot = lots.get(code, me);
    var jobViews = jobs.ofLot(lot.id()).reversed().stream()
        .map(j -> new JobView(j, specs.byId(j.specId()), jobs.results(j))).toList();
    var approved = jobViews.stream().anyMatch(j -> "APPROVED".equals(j.job().status()));
    model.addAttribute("view", new LotDetailView(lot, lots.photos(lot), jobViews, lots.timeline(lot),
        dispatches.ofLot(lot.id()), approved, me.can("QC.REVIEW"), done == null ? null : FLASH.get(done),
        me.can(SariLots.READ_ALL) ? LotQcPaths.LOTS : LotQcPaths.MY_LOTS));
    return "sari/lotDetail";
  }

  private String list(UUID owner, String path, String rawStage, String rawQ, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    var stage = rawStage == null ? null : rawStage.strip().toUpperCase(Locale.ROOT);
    if (stage != null && !STAGES.contains(stage)) stage = null; // an unknown filter shows everything rather than an error
    var q = ListLinks.searchText(rawQ);
    if (q != null) q = q.strip();
    if (q != null && q.length() > 100) q = q.substring(0, 100);
    if (q != null && q.isEmpty()) q = null;
    var view = new LotListView(lots.list(owner, stage, q, LIMIT), owner != null, stage, q, STAGES, path,
        refreshUrl(path, stage, q));
    model.addAttribute("view", view);
    response.addHeader("Vary", "HX-Request");
    if (Requests.isHtmx(request) && !"true".equals(request.getHeader("HX-History-Restore-Request"))
        && !"true".equals(request.getHeader("HX-Boosted"))) {
      return "sari/lotsTable";
    }
    return "sari/lots";
  }

  private static String refreshUrl(String path, String stage, String q) {
    var params = new StringBuilder();
    if (stage != null) params.append("stage=").append(stage);
    if (q != null) params.append(params.isEmpty() ? "" : "&").append("q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
    return params.isEmpty() ? path : path + "?" + params;
  }
}
