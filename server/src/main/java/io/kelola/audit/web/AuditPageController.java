package io.kelola.audit.web;

import io.kelola.audit.AuditTrail;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.Requests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /admin/audit}: the audit log viewer. A filter change refreshes only the results (htmx
 * fragment); a direct visit or history restore gets the whole page.
 */
@Controller
class AuditPageController {

  static final String EXPORT = "ADMIN.AUDIT.EXPORT";

  private final AuditTrail audit;
  private final JsonMapper json;

  AuditPageController(AuditTrail audit, JsonMapper json) {
    this.audit = audit;
    this.json = json;
  }

  @GetMapping("/admin/audit")
  @RequiresPermission("ADMIN.AUDIT.VIEW")
  String page(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
      @RequestParam(required = false) String entity, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String page,
      @RequestParam(required = false) String size, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir, HttpServletRequest request, HttpServletResponse response, Model model) {
    var filter = AuditFilter.of(user, action, entity, from, to, sort, dir, number(page), number(size));
    var problems = filter.problems();
    model.addAttribute("filter", filter);
    model.addAttribute("problems", problems);
    model.addAttribute("result", problems.isEmpty()
        ? audit.search(filter.query(), filter.pageQuery()).map(r -> AuditRowView.of(r, json)) : null);
    model.addAttribute("canExport", CurrentUser.get().map(p -> p.can(EXPORT)).orElse(false));
    response.addHeader("Vary", "HX-Request");
    if (!problems.isEmpty()) response.setStatus(400);
    if (Requests.isHtmx(request) && request.getHeader("HX-History-Restore-Request") == null) {
      if (!problems.isEmpty()) response.setStatus(200); // htmx swaps only 2xx; the fragment shows the problem
      return "audit/results";
    }
    model.addAttribute("actions", audit.actions());
    return "audit/log";
  }

  /** A hand-edited page number in the address bar falls back to the default instead of an error. */
  private static Integer number(String s) {
    try {
      return s == null ? null : Integer.valueOf(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
