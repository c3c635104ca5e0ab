package io.kelola.masterdata.web;

import io.kelola.masterdata.domain.LocationRow;
import io.kelola.masterdata.domain.LocationService;
import io.kelola.shared.security.RequiresPermission;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Storage locations of a warehouse (zone/rack/slot, kind, temperature range, capacity). */
@RestController
@RequestMapping("/api/v1/master/warehouses/{code}/locations")
class LocationApiController {

  private final LocationService locations;

  LocationApiController(LocationService locations) {
    this.locations = locations;
  }

  @GetMapping
  @RequiresPermission("MASTER.READ")
  List<Map<String, Object>> list(@PathVariable String code) {
    return locations.list(code).stream().map(LocationRow::toJson).toList();
  }

  @GetMapping("/{location}")
  @RequiresPermission("MASTER.READ")
  Map<String, Object> get(@PathVariable String code, @PathVariable String location) {
    return locations.get(code, location).toJson();
  }

  @PostMapping
  @RequiresPermission("MASTER.MANAGE")
  ResponseEntity<Map<String, Object>> create(@PathVariable String code, @RequestBody Map<String, Object> body) {
    var created = locations.create(code, body);
    return ResponseEntity.created(URI.create("/api/v1/master/warehouses/" + code + "/locations/" + created.code()))
        .body(created.toJson());
  }

  @PutMapping("/{location}")
  @RequiresPermission("MASTER.MANAGE")
  Map<String, Object> update(@PathVariable String code, @PathVariable String location,
      @RequestBody Map<String, Object> body) {
    return locations.update(code, location, body).toJson();
  }

  @DeleteMapping("/{location}")
  @RequiresPermission("MASTER.DELETE")
  ResponseEntity<Void> delete(@PathVariable String code, @PathVariable String location) {
    locations.delete(code, location);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{location}/restore")
  @RequiresPermission("MASTER.DELETE")
  Map<String, Object> restore(@PathVariable String code, @PathVariable String location) {
    return locations.restore(code, location).toJson();
  }
}
