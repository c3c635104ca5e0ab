package io.kelola.inventory.web;

import io.kelola.shared.web.PageResult;
import io.kelola.web.ListLinks;
import java.util.List;

/** The move history page. Template view model. */
public record MoveListView(PageResult<MoveRow> result, MoveFilter filter, ListLinks links, List<String> warehouses,
    List<String> types) {}
