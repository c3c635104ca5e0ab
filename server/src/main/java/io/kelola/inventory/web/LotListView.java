package io.kelola.inventory.web;

import io.kelola.shared.web.PageResult;
import io.kelola.web.ListLinks;
import java.util.List;

/** The lot list page. Template view model. */
public record LotListView(PageResult<LotRow> result, LotFilter filter, ListLinks links, List<String> statuses) {}
