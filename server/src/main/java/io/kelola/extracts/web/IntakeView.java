package io.kelola.extracts.web;

import io.kelola.masterdata.ItemRef;
import io.kelola.masterdata.PartyRef;
import io.kelola.web.FormErrors;
import java.util.List;

/**
 * The lot intake page: the form, its errors and what to choose from. Template view model.
 *
 * @param uoms units offered next to the quantity (blank means the material's base unit)
 * @param maxPhotos how many sample photos one intake takes
 */
public record IntakeView(IntakeForm form, FormErrors errors, List<PartyRef> vendors, List<ItemRef> items,
    List<String> uoms, List<String> markets, int maxPhotos) {}
