package io.kelola.extracts.web;

import io.kelola.extracts.domain.QcSpec;
import io.kelola.extracts.domain.QcSpecs;
import io.kelola.masterdata.MasterLookup;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.web.FormErrors;
import io.kelola.web.FormMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /sari/specs}: QC spec versions per material and market, and the form that publishes a new
 * version (it becomes the active one; jobs keep the version they were judged by). {@code ?from=}
 * prefills the form from a published version.
 */
@Controller
class SpecPageController {

  static final String PATH = "/sari/specs";
  private static final String PAGE = "sari/specs";

  private final QcSpecs specs;
  private final MasterLookup masters;
  private final FormMessages messages;

  SpecPageController(QcSpecs specs, MasterLookup masters, FormMessages messages) {
    this.specs = specs;
    this.masters = masters;
    this.messages = messages;
  }

  @GetMapping(PATH)
  @RequiresPermission("QC.SPEC")
  String list(@RequestParam(required = false) String from, @RequestParam(required = false) String done, Model model) {
    var all = specs.all();
    var base = find(all, from);
    model.addAttribute("view", view(all, base == null ? SpecForm.empty() : SpecForm.of(base), FormErrors.NONE,
        find(all, done)));
    return PAGE;
  }

  @PostMapping(PATH)
  @RequiresPermission("QC.SPEC")
  String publish(HttpServletRequest request, HttpServletResponse response, Model model) {
    var form = SpecForm.from(request);
    try {
      var spec = specs.publish(form.draft());
      return "redirect:" + PATH + "?done=" + spec.uuid();
    } catch (BusinessRuleException e) {
      response.setStatus(e.status() == HttpStatus.CONFLICT ? 409 : 400);
      model.addAttribute("view", view(specs.all(), form, messages.of(e), null));
      return PAGE;
    }
  }

  private SpecListView view(List<QcSpec> all, SpecForm form, FormErrors errors, QcSpec published) {
    var groups = new LinkedHashMap<String, List<QcSpec>>();
    all.stream().sorted(Comparator.comparing(QcSpec::item).thenComparing(QcSpec::market)
            .thenComparing(Comparator.comparingInt(QcSpec::version).reversed()))
        .forEach(s -> groups.computeIfAbsent(s.item() + "|" + s.market(), k -> new java.util.ArrayList<>()).add(s));
    var list = groups.values().stream().map(v -> new SpecListView.Group(v.getFirst().item(), v.getFirst().itemName(),
        v.getFirst().market(), List.copyOf(v))).toList();
    return new SpecListView(list, masters.materials(200), form, errors, published);
  }

  /** A version named by its public id; anything else names nothing. */
  private static QcSpec find(List<QcSpec> all, String uuid) {
    if (uuid == null || uuid.isBlank()) return null;
    return all.stream().filter(s -> s.uuid().toString().equals(uuid.strip())).findFirst().orElse(null);
  }
}
