/** The S3-compatible {@link io.kelola.files.BlobStore}, selected by {@code kelola.files.store: s3}. */
package io.kelola.files.s3;
