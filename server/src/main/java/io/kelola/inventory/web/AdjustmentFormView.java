package io.kelola.inventory.web;

import io.kelola.web.FormErrors;
import java.util.List;

/** The stock adjustment page: the form, its errors and the reasons to choose from. Template view model. */
public record AdjustmentFormView(AdjustmentForm form, FormErrors errors, List<String> reasons) {}
