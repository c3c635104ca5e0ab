package io.kelola.extracts.web;

import io.kelola.extracts.domain.QcJob;
import io.kelola.extracts.domain.QcJobs;
import io.kelola.extracts.domain.QcReview;
import io.kelola.extracts.domain.QcSpecs;
import io.kelola.extracts.domain.ReviewRequest;
import io.kelola.extracts.domain.SariLots;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.NotAuthenticatedException;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.Requests;
import io.kelola.web.FormErrors;
import io.kelola.web.FormMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Steps 3–4 of seed 000 for the QC supervisor: the queue of open jobs and the review page, where a
 * decision is signed with the password or a retest is ordered. Refused submits re-render the page
 * with the message next to the part of the form it is about.
 */
@Controller
class QcPagesController {

  /** Lab value inputs are named {@code lab_<limit code>}. */
  static final String LAB_PREFIX = "lab_";
  private static final Set<String> REVIEW_FIELDS = Set.of("decision", "reason", "labValues", "checks", "password");

  private final QcJobs jobs;
  private final QcReview review;
  private final QcSpecs specs;
  private final SariLots lots;
  private final FormMessages messages;
  private final Clock clock;

  QcPagesController(QcJobs jobs, QcReview review, QcSpecs specs, SariLots lots, FormMessages messages, Clock clock) {
    this.jobs = jobs;
    this.review = review;
    this.specs = specs;
    this.lots = lots;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping(LotQcPaths.QC)
  @RequiresPermission("QC.REVIEW")
  String queue(HttpServletRequest request, HttpServletResponse response, Model model) {
    model.addAttribute("view", new QcQueueView(jobs.queue(), clock.instant()));
    response.addHeader("Vary", "HX-Request");
    if (Requests.isHtmx(request) && !"true".equals(request.getHeader("HX-History-Restore-Request"))
        && !"true".equals(request.getHeader("HX-Boosted"))) {
      return "sari/qcQueueTable";
    }
    return "sari/qcQueue";
  }

  @GetMapping(LotQcPaths.JOB)
  @RequiresPermission("QC.REVIEW")
  String job(@PathVariable String uuid, @RequestParam(required = false) String done, Model model) {
    var job = jobs.get(FormMessages.uuidOrNotFound(uuid, "sari.job.notFound"));
    return render(model, job, ReviewForm.EMPTY, FormErrors.NONE, FormErrors.NONE,
        "retest".equals(done) ? "sari.page.review.flash.retest" : null);
  }

  @PostMapping(LotQcPaths.REVIEW)
  @RequiresPermission("QC.REVIEW")
  String review(@PathVariable String uuid, @RequestParam MultiValueMap<String, String> params,
      HttpServletResponse response, Model model) {
    var job = jobs.get(FormMessages.uuidOrNotFound(uuid, "sari.job.notFound"));
    var form = form(params);
    try {
      var lab = new LinkedHashMap<String, BigDecimal>();
      for (var e : form.lab().entrySet()) lab.put(e.getKey(), labValue(e.getValue()));
      var checks = new LinkedHashMap<String, Boolean>();
      for (var c : specs.byId(job.specId()).checks()) checks.put(c, form.checked(c));
      var decided = review.review(job.uuid(), new ReviewRequest(form.decision(), form.reason(), lab, checks,
          params.getFirst("password")));
      return "redirect:" + LotQcPaths.lot(decided.lotCode()) + "?done="
          + ("APPROVED".equals(decided.status()) ? "approved" : "rejected");
    } catch (BusinessRuleException e) {
      if (e.status() == HttpStatus.NOT_FOUND) throw e;
      response.setStatus(e.status().value());
      var errors = e.field() != null && REVIEW_FIELDS.contains(e.field()) ? messages.of(e)
          : new FormErrors(Map.of(), messages.text(e));
      return render(model, jobs.get(job.uuid()), form, errors, FormErrors.NONE, null);
    }
  }

  @PostMapping(LotQcPaths.RETEST)
  @RequiresPermission("QC.REVIEW")
  String retest(@PathVariable String uuid, @RequestParam(required = false) String retestReason,
      HttpServletResponse response, Model model) {
    var job = jobs.get(FormMessages.uuidOrNotFound(uuid, "sari.job.notFound"));
    try {
      var next = review.retest(job.uuid(), retestReason);
      return "redirect:" + LotQcPaths.job(next.uuid()) + "?done=retest";
    } catch (BusinessRuleException e) {
      if (e.status() == HttpStatus.NOT_FOUND) throw e;
      response.setStatus(e.status().value());
      var form = new ReviewForm("", "", Map.of(), Set.of(), retestReason == null ? "" : retestReason);
      return render(model, jobs.get(job.uuid()), form, FormErrors.NONE,
          new FormErrors(Map.of("retestReason", messages.text(e)), null), null);
    }
  }

  private String render(Model model, QcJob job, ReviewForm form, FormErrors errors, FormErrors retestErrors,
      String flashKey) {
    var me = CurrentUser.get().orElseThrow(NotAuthenticatedException::new);
    var lot = lots.get(job.lotCode(), me);
    var view = new JobView(job, specs.byId(job.specId()), jobs.results(job));
    model.addAttribute("view", new ReviewView(lot, view, lots.photos(lot), form, errors, retestErrors, flashKey));
    return "sari/review";
  }

  private static ReviewForm form(MultiValueMap<String, String> params) {
    var lab = new LinkedHashMap<String, String>();
    params.forEach((name, values) -> {
      if (name.startsWith(LAB_PREFIX) && !values.isEmpty() && values.getFirst() != null && !values.getFirst().isBlank()) {
        lab.put(name.substring(LAB_PREFIX.length()), values.getFirst().strip());
      }
    });
    var checks = new LinkedHashSet<>(params.getOrDefault("check", List.of()));
    return new ReviewForm(value(params, "decision"), value(params, "reason"), lab, checks, "");
  }

  private static String value(MultiValueMap<String, String> params, String name) {
    var v = params.getFirst(name);
    return v == null ? "" : v;
  }

  /** Indonesian decimals ("12,5") are accepted as well as a dot. */
  private static BigDecimal labValue(String text) {
    try {
      return new BigDecimal(text.replace(" ", "").replace(',', '.'));
    } catch (NumberFormatException e) {
      throw BusinessRuleException.invalid("labValues", "sari.page.review.labNumber", text);
    }
  }
}
