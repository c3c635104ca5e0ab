package io.kelola.masterdata.web;

import io.kelola.masterdata.domain.CertificateService;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.Requests;
import io.kelola.web.FormErrors;
import io.kelola.web.ListLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** {@code /master/certificates}: certificates with their status badge and file; a form to add one with its scan. */
@Controller
class CertificatePageController {

  private final CertificateService certificates;
  private final MasterFormErrors formErrors;

  CertificatePageController(CertificateService certificates, MasterFormErrors formErrors) {
    this.certificates = certificates;
    this.formErrors = formErrors;
  }

  @GetMapping("/master/certificates")
  @RequiresPermission("MASTER.READ")
  String list(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(required = false) String q, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    var query = PageQuery.of(ListLinks.intOrNull(page), ListLinks.intOrNull(size), sort, dir, ListLinks.searchText(q));
    var filters = new LinkedHashMap<String, String>();
    filters.put("q", query.q());
    model.addAttribute("view", new CertificateListView(certificates.list(query), query.q() == null ? "" : query.q(),
        new ListLinks("/master/certificates", filters, query), MasterPageController.can("MASTER.MANAGE")));
    response.addHeader("Vary", "HX-Request");
    if (Requests.isHtmx(request) && !"true".equals(request.getHeader("HX-History-Restore-Request"))) {
      model.addAttribute("oob", true);
      return "masterdata/certificatesTable";
    }
    return "masterdata/certificates";
  }

  @GetMapping("/master/certificates/new")
  @RequiresPermission("MASTER.MANAGE")
  String newForm(Model model) {
    model.addAttribute("view", new CertificateFormView(CertificateService.FIELDS, Map.of(), FormErrors.NONE));
    return "masterdata/certificateNew";
  }

  @PostMapping("/master/certificates/new")
  @RequiresPermission("MASTER.MANAGE")
  String create(@RequestParam MultiValueMap<String, String> params,
      @RequestParam(name = "file", required = false) MultipartFile file, HttpServletResponse response, Model model) {
    var input = new LinkedHashMap<String, String>();
    CertificateService.FIELDS.forEach(f -> input.put(f.name(), params.getFirst(f.name()) == null ? ""
        : params.getFirst(f.name()).strip()));
    try {
      var bytes = file == null || file.isEmpty() ? null : file.getBytes();
      certificates.create(input, file == null ? null : file.getOriginalFilename(), bytes);
      return "redirect:/master/certificates?q=" + java.net.URLEncoder.encode(input.get("number"),
          java.nio.charset.StandardCharsets.UTF_8);
    } catch (BusinessRuleException e) {
      response.setStatus(e.status().value());
      model.addAttribute("view", new CertificateFormView(CertificateService.FIELDS, input, formErrors.of(e)));
      return "masterdata/certificateNew";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
