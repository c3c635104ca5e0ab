package io.kelola.files;

/** The file formats uploads may have, recognised by their first bytes (never by name or header). */
public enum FileType {
  PDF("application/pdf", ".pdf", "PDF", false),
  PNG("image/png", ".png", "PNG", true),
  JPEG("image/jpeg", ".jpg", "JPEG", true),
  WEBP("image/webp", ".webp", "WebP", true);

  private final String mediaType;
  private final String extension;
  private final String label;
  private final boolean image;

  FileType(String mediaType, String extension, String label, boolean image) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.label = label;
    this.image = image;
  }

  /** The media type to store and serve the file with, e.g. {@code image/png}. */
  public String mediaType() { return mediaType; }

  /** The file name extension matching the real type, with its dot, e.g. {@code .jpg}. */
  public String extension() { return extension; }

  /** The name people know the format by, e.g. {@code WebP}. */
  public String label() { return label; }

  /** Whether the format is a raster image with a width and a height. */
  public boolean image() { return image; }
}
