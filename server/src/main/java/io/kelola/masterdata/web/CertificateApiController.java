package io.kelola.masterdata.web;

import io.kelola.masterdata.domain.CertificateService;
import io.kelola.masterdata.domain.CertificateView;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import io.kelola.web.FormMessages;
import io.kelola.web.ListLinks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Certificates of vendors and items (halal, BPOM, CoA) with their scanned file; status computed daily. */
@RestController
@RequestMapping("/api/v1/master/certificates")
class CertificateApiController {

  private final CertificateService certificates;

  CertificateApiController(CertificateService certificates) {
    this.certificates = certificates;
  }

  @GetMapping
  @RequiresPermission("MASTER.READ")
  PageResult<CertificateView> list(@RequestParam(required = false) String page,
      @RequestParam(required = false) String size, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir, @RequestParam(required = false) String q) {
    return certificates.list(PageQuery.of(ListLinks.intOrNull(page), ListLinks.intOrNull(size), sort, dir,
        ListLinks.searchText(q)));
  }

  @GetMapping("/{uuid}")
  @RequiresPermission("MASTER.READ")
  CertificateView get(@PathVariable String uuid) {
    return certificates.get(FormMessages.uuidOrNotFound(uuid, "master.cert.notFound"));
  }

  @PostMapping
  @RequiresPermission("MASTER.MANAGE")
  ResponseEntity<CertificateView> create(@RequestBody Map<String, Object> body) {
    var created = certificates.create(body);
    return ResponseEntity.created(URI.create("/api/v1/master/certificates/" + created.uuid())).body(created);
  }

  @PutMapping("/{uuid}")
  @RequiresPermission("MASTER.MANAGE")
  CertificateView update(@PathVariable String uuid, @RequestBody Map<String, Object> body) {
    return certificates.update(FormMessages.uuidOrNotFound(uuid, "master.cert.notFound"), body);
  }

  @DeleteMapping("/{uuid}")
  @RequiresPermission("MASTER.DELETE")
  ResponseEntity<Void> delete(@PathVariable String uuid) {
    certificates.delete(FormMessages.uuidOrNotFound(uuid, "master.cert.notFound"));
    return ResponseEntity.noContent().build();
  }

  /** Multipart field {@code file}: a PDF, PNG or JPEG of at most 10 MB, recognised by its content. */
  @PostMapping("/{uuid}/file")
  @RequiresPermission("MASTER.MANAGE")
  CertificateView upload(@PathVariable String uuid, @RequestParam(name = "file", required = false) MultipartFile file) {
    var id = FormMessages.uuidOrNotFound(uuid, "master.cert.notFound");
    if (file == null || file.isEmpty()) throw BusinessRuleException.invalid("file", "master.cert.fileMissing");
    try {
      return certificates.attach(id, file.getOriginalFilename(), file.getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping("/{uuid}/file")
  @RequiresPermission("MASTER.READ")
  ResponseEntity<InputStreamResource> download(@PathVariable String uuid) {
    var file = certificates.file(FormMessages.uuidOrNotFound(uuid, "master.cert.notFound"));
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .contentType(MediaType.parseMediaType(file.type()))
        .contentLength(file.size())
        .body(new InputStreamResource(file.content()));
  }
}
