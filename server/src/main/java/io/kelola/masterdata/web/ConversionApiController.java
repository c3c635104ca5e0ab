package io.kelola.masterdata.web;

import io.kelola.masterdata.domain.ConversionService;
import io.kelola.masterdata.domain.ConversionService.Conversion;
import io.kelola.shared.security.RequiresPermission;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Unit conversions of an item: {@code {"fromUom": "KARTON", "toUom": "PCS", "factor": 24}}. */
@RestController
@RequestMapping("/api/v1/master/items/{code}/conversions")
class ConversionApiController {

  private final ConversionService conversions;

  ConversionApiController(ConversionService conversions) {
    this.conversions = conversions;
  }

  @GetMapping
  @RequiresPermission("MASTER.READ")
  List<Conversion> list(@PathVariable String code) {
    return conversions.list(code);
  }

  @PostMapping
  @RequiresPermission("MASTER.MANAGE")
  ResponseEntity<Conversion> add(@PathVariable String code, @RequestBody Map<String, Object> body) {
    return ResponseEntity.status(HttpStatus.CREATED).body(conversions.add(code, body));
  }

  @DeleteMapping("/{from}/{to}")
  @RequiresPermission("MASTER.MANAGE")
  ResponseEntity<Void> remove(@PathVariable String code, @PathVariable String from, @PathVariable String to) {
    conversions.remove(code, from, to);
    return ResponseEntity.noContent().build();
  }
}
