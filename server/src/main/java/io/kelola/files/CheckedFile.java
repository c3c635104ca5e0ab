package io.kelola.files;

/**
 * An upload that passed {@link FileChecks}: its real type and size, and for an image its
 * dimensions as its header states them.
 *
 * @param type format recognised from the content
 * @param size size in bytes
 * @param width image width in pixels; 0 for a PDF
 * @param height image height in pixels; 0 for a PDF
 */
public record CheckedFile(FileType type, long size, int width, int height) {

  /** The media type to store and serve the file with. */
  public String mediaType() {
    return type.mediaType();
  }
}
