package io.kelola.inventory.web;

import gg.jte.Content;

/** The lot page: the detail, the trace drawn as SVG markup (escaped server-side), what the caller may do. */
public record LotDetailView(LotDetail detail, String traceSvgMarkup, boolean canExport) {

  /** The SVG as template content: written as markup, its texts were escaped when it was drawn. */
  public Content traceSvg() {
    return output -> output.writeContent(traceSvgMarkup);
  }
}
