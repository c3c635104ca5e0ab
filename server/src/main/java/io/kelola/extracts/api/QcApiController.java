package io.kelola.extracts.api;

import io.kelola.extracts.domain.QcJobs;
import io.kelola.extracts.domain.QcReview;
import io.kelola.extracts.domain.QcSpec;
import io.kelola.extracts.domain.QcSpecDraft;
import io.kelola.extracts.domain.QcSpecs;
import io.kelola.extracts.domain.ReviewRequest;
import io.kelola.extracts.domain.SariLots;
import io.kelola.shared.security.AuthenticatedEndpoint;
import io.kelola.shared.security.RequiresPermission;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** QC jobs (queue, detail with AI results, signed review, retest) and versioned QC specs. */
@RestController
@RequestMapping("/api/v1/sari/qc")
class QcApiController {

  record Retest(String reason) {}

  private final QcJobs jobs;
  private final QcReview review;
  private final QcSpecs specs;
  private final SariLots lots;

  QcApiController(QcJobs jobs, QcReview review, QcSpecs specs, SariLots lots) {
    this.jobs = jobs;
    this.review = review;
    this.specs = specs;
    this.lots = lots;
  }

  @GetMapping("/queue")
  @RequiresPermission("QC.REVIEW")
  List<JobDto> queue() {
    return jobs.queue().stream().map(j -> JobDto.of(j, List.of())).toList();
  }

  @GetMapping("/jobs/{uuid}")
  @AuthenticatedEndpoint
  JobDto job(@PathVariable UUID uuid) {
    var job = jobs.get(uuid);
    lots.get(job.lotCode(), Viewers.lotViewer());
    return JobDto.of(job, jobs.results(job));
  }

  @GetMapping("/jobs/{job}/photos/{photo}/annotated")
  @AuthenticatedEndpoint
  ResponseEntity<byte[]> annotated(@PathVariable UUID job, @PathVariable UUID photo) {
    return Downloads.inline(lots.annotatedContent(job, photo, Viewers.lotViewer()));
  }

  @PostMapping("/jobs/{uuid}/review")
  @RequiresPermission("QC.REVIEW")
  JobDto review(@PathVariable UUID uuid, @RequestBody ReviewRequest body) {
    var job = review.review(uuid, body);
    return JobDto.of(job, jobs.results(job));
  }

  @PostMapping("/jobs/{uuid}/retest")
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresPermission("QC.REVIEW")
  JobDto retest(@PathVariable UUID uuid, @RequestBody Retest body) {
    return JobDto.of(review.retest(uuid, body.reason()), List.of());
  }

  @GetMapping("/specs")
  @RequiresPermission("LOT.READ")
  List<QcSpec> specs() {
    return specs.all();
  }

  @PostMapping("/specs")
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresPermission("QC.SPEC")
  QcSpec publish(@RequestBody QcSpecDraft body) {
    return specs.publish(body);
  }
}
