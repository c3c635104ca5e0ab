package io.kelola.extracts.api;

import io.kelola.extracts.domain.IntakeRequest;
import io.kelola.extracts.domain.LotIntake;
import io.kelola.extracts.domain.QcJobs;
import io.kelola.extracts.domain.SariLots;
import io.kelola.shared.security.AuthenticatedEndpoint;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** SARI lots: intake (multipart: fields, 1–10 {@code photos}, one {@code coa}), lists, detail, files. */
@RestController
@RequestMapping("/api/v1/sari")
class SariLotApiController {

  /** A lot with its photos, QC jobs and timeline. */
  record LotDetail(LotDto lot, List<PhotoDto> photos, List<JobDto> jobs, List<SariLots.TimelineEntry> timeline) {}

  record PhotoDto(UUID uuid, int seq, String contentType, int width, int height, int bytes) {}

  private final LotIntake intake;
  private final SariLots lots;
  private final QcJobs jobs;

  SariLotApiController(LotIntake intake, SariLots lots, QcJobs jobs) {
    this.intake = intake;
    this.lots = lots;
    this.jobs = jobs;
  }

  @PostMapping("/lots")
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresPermission("LOT.INTAKE")
  LotDto take(@RequestParam(required = false) String vendor, @RequestParam(required = false) String item,
      @RequestParam(required = false) BigDecimal qty, @RequestParam(required = false) String uom,
      @RequestParam(required = false) String supplierLot, @RequestParam(required = false) LocalDate harvestDate,
      @RequestParam(required = false) LocalDate expDate, @RequestParam(required = false) BigDecimal intakeTemp,
      @RequestParam(required = false) String market, @RequestParam(required = false) MultipartFile coa,
      @RequestParam(required = false) List<MultipartFile> photos) {
    var uploads = new ArrayList<IntakeRequest.Upload>();
    if (photos != null) {
      if (photos.size() > 10) throw BusinessRuleException.invalid("photos", "sari.intake.photoCount", 10);
      for (var p : photos) if (!p.isEmpty()) uploads.add(upload(p));
    }
    return LotDto.of(intake.take(new IntakeRequest(vendor, item, qty, uom, supplierLot, harvestDate, expDate, intakeTemp,
        market, coa == null || coa.isEmpty() ? null : upload(coa), uploads)));
  }

  @GetMapping("/lots")
  @RequiresPermission("LOT.READ")
  List<LotDto> all(@RequestParam(required = false) String stage, @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "100") int limit) {
    return lots.list(null, stage(stage), text(q), limit).stream().map(LotDto::of).toList();
  }

  @GetMapping("/my-lots")
  @RequiresPermission("LOT.INTAKE")
  List<LotDto> mine(@RequestParam(required = false) String stage, @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "100") int limit) {
    var me = CurrentUser.get().orElseThrow();
    return lots.list(me.userUuid(), stage(stage), text(q), limit).stream().map(LotDto::of).toList();
  }

  @GetMapping("/lots/{code}")
  @AuthenticatedEndpoint
  LotDetail detail(@PathVariable String code) {
    var lot = lots.get(code, Viewers.lotViewer());
    var photos = lots.photos(lot).stream()
        .map(p -> new PhotoDto(p.uuid(), p.seq(), p.contentType(), p.width(), p.height(), p.bytes())).toList();
    var jobList = jobs.ofLot(lot.id()).stream().map(j -> JobDto.of(j, jobs.results(j))).toList();
    return new LotDetail(LotDto.of(lot), photos, jobList, lots.timeline(lot));
  }

  @GetMapping("/photos/{uuid}")
  @AuthenticatedEndpoint
  ResponseEntity<byte[]> photo(@PathVariable UUID uuid) {
    return Downloads.inline(lots.photoContent(uuid, Viewers.lotViewer()));
  }

  @GetMapping("/lots/{code}/supplier-coa")
  @AuthenticatedEndpoint
  ResponseEntity<byte[]> supplierCoa(@PathVariable String code) {
    return Downloads.inline(lots.supplierCoa(code, Viewers.lotViewer()));
  }

  private static IntakeRequest.Upload upload(MultipartFile f) {
    try {
      return new IntakeRequest.Upload(f.getOriginalFilename(), f.getBytes());
    } catch (IOException e) {
      throw BusinessRuleException.invalid(f.getName(), "files.file.unreadable");
    }
  }

  static String stage(String stage) {
    if (stage == null || stage.isBlank()) return null;
    var s = stage.trim().toUpperCase(java.util.Locale.ROOT);
    if (!List.of("QC", "RELEASED", "REJECTED", "READY", "DISPATCHED").contains(s)) {
      throw BusinessRuleException.invalid("stage", "sari.stage.invalid");
    }
    return s;
  }

  static String text(String q) {
    if (q == null || q.isBlank()) return null;
    if (q.length() > 100) throw BusinessRuleException.invalid("q", "sari.field.tooLong", 100);
    return q;
  }

}
