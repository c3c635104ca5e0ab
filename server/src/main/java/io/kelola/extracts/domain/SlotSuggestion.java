package io.kelola.extracts.domain;

import java.util.List;

/**
 * A slot ranked for a lot: slots that fit come first, best score first.
 *
 * @param fits the slot keeps the material's temperature and has room for the whole lot
 * @param reasons why it ranks where it does (message keys with arguments, e.g. {@code sari.slot.why.zone})
 */
public record SlotSuggestion(Slot slot, boolean fits, int score, List<String> reasons) {}
